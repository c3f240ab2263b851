// What every tab of a group's review is: a mount function over the loaded group data that returns its cleanup.
import type { GroupData } from '../data';
import type { Route } from '../router';

export type GroupRoute = Extract<Route, { name: 'group' }>;

export type GroupView = (root: HTMLElement, data: GroupData, route: GroupRoute) => () => void;
