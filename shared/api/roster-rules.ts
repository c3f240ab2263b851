// Pure roster checks the server and the console share: no two children alike, and who lacks consent to take part.
import type { AvatarId } from '../avatars';

interface RosterChild {
  id: string;
  nickname: string;
  avatar: AvatarId;
  erased?: boolean;
  consent?: { participation: boolean };
}

/**
 * The child already using this avatar, if any (the child being edited aside). One avatar per child keeps
 * children apart on the tablets, where they find themselves by picture, not by reading a name.
 */
export function avatarHolder<C extends RosterChild>(roster: readonly C[], avatar: AvatarId, exceptId?: string): C | undefined {
  return roster.find((c) => c.id !== exceptId && !c.erased && c.avatar === avatar);
}

/** Avatars in use by the roster's children, optionally leaving one child out (the one being edited). */
export function avatarsInUse(roster: readonly RosterChild[], exceptId?: string): Set<AvatarId> {
  return new Set(roster.filter((c) => c.id !== exceptId && !c.erased).map((c) => c.avatar));
}

/** Children on the roster whose guardian has not (yet) agreed to their taking part. */
export function withoutParticipationConsent<C extends RosterChild>(roster: readonly C[]): C[] {
  return roster.filter((c) => !c.erased && !c.consent?.participation);
}
