// Hash routes of the review: #/groups, and per group its overview, a session's replay, pre/post, report, exports and process records.
export type GroupTab = 'overview' | 'replay' | 'prepost' | 'report' | 'exports' | 'records';

export type Route = { name: 'groups' } | { name: 'group'; groupId: string; tab: GroupTab; session?: number };

const ID = '([A-Za-z0-9_-]{1,64})';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '');
  const replay = new RegExp(`^/groups/${ID}/sessions/([0-9]{1,4})$`).exec(path);
  if (replay?.[1] && replay[2]) return { name: 'group', groupId: replay[1], tab: 'replay', session: Number(replay[2]) };
  const record = new RegExp(`^/groups/${ID}/records/([0-9]{1,4})$`).exec(path);
  if (record?.[1] && record[2]) return { name: 'group', groupId: record[1], tab: 'records', session: Number(record[2]) };
  const tab = new RegExp(`^/groups/${ID}(?:/(prepost|report|exports|records|sessions))?$`).exec(path);
  if (tab?.[1]) {
    const which = tab[2] === 'sessions' ? 'replay' : ((tab[2] as GroupTab | undefined) ?? 'overview');
    return { name: 'group', groupId: tab[1], tab: which };
  }
  return { name: 'groups' };
}

export function routeHash(route: Route): string {
  if (route.name === 'groups') return '#/groups';
  const base = `#/groups/${route.groupId}`;
  switch (route.tab) {
    case 'overview':
      return base;
    case 'replay':
      return route.session ? `${base}/sessions/${route.session}` : `${base}/sessions`;
    case 'records':
      return route.session ? `${base}/records/${route.session}` : `${base}/records`;
    default:
      return `${base}/${route.tab}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}
