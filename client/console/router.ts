// Hash routes of the console: #/groups, #/groups/<id>, #/sessions/<id>, #/instruments, #/staff.
export type Route =
  | { name: 'groups' }
  | { name: 'group'; groupId: string }
  | { name: 'session'; sessionId: string }
  | { name: 'instruments' }
  | { name: 'staff' };

const ID = '([A-Za-z0-9_-]{1,64})';

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const group = new RegExp(`^/groups/${ID}$`).exec(path);
  if (group?.[1]) return { name: 'group', groupId: group[1] };
  const session = new RegExp(`^/sessions/${ID}$`).exec(path);
  if (session?.[1]) return { name: 'session', sessionId: session[1] };
  if (path === '/instruments') return { name: 'instruments' };
  if (path === '/staff') return { name: 'staff' };
  return { name: 'groups' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'groups':
      return '#/groups';
    case 'group':
      return `#/groups/${route.groupId}`;
    case 'session':
      return `#/sessions/${route.sessionId}`;
    case 'instruments':
      return '#/instruments';
    case 'staff':
      return '#/staff';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** A stable key: a view is re-mounted only when this changes. */
export function routeKey(route: Route): string {
  return routeHash(route);
}
