// HTTP API request bodies (valibot) and response shapes, shared by the server and the console.
import * as v from 'valibot';
import { AVATAR_IDS, type AvatarId } from '../avatars';
import { AGE_BANDS, LANGUAGES, type AgeBand, type Language } from '../session/roster';
import type { Programme } from '../programmes/programme';
import type { Bilingual } from '../programmes/template';
import { isCalendarDate, RETENTION_DATE_PATTERN } from '../privacy/retention-date';

/**
 * Why a field was refused: each issue's message is one of these codes, and the console words it in its own
 * language (a Chinese page never shows the server's English).
 */
export const FIELD_CODES = ['required', 'too_long', 'too_short', 'username_chars', 'date_format', 'date_unknown', 'invalid'] as const;
export type FieldCode = (typeof FIELD_CODES)[number];

/** One refused field of a 400 `request.invalid` answer; `max`/`min` for the length codes. */
export interface FieldIssue {
  field: string;
  code: FieldCode;
  max?: number;
  min?: number;
}

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(max, 'too_long'));

export const SetupBody = v.strictObject({
  setupCode: v.pipe(v.string(), v.trim(), v.minLength(1)),
  username: v.pipe(Text(40), v.regex(/^[\p{L}\p{N}._-]+$/u, 'username_chars')),
  displayName: Text(60),
  password: v.pipe(v.string(), v.minLength(8, 'too_short'), v.maxLength(200, 'too_long')),
});

export const LoginBody = v.strictObject({ username: Text(40), password: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) });

export const STAFF_ROLES = ['admin', 'facilitator', 'reviewer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const StaffBody = v.strictObject({
  username: SetupBody.entries.username,
  displayName: SetupBody.entries.displayName,
  password: SetupBody.entries.password,
  role: v.optional(v.picklist(STAFF_ROLES)),
});

/** Grant a colleague access to a group (null takes it away). */
export const AccessBody = v.strictObject({ staffId: v.pipe(v.string(), v.maxLength(64)), access: v.nullable(v.picklist(['facilitator', 'reviewer'])) });

export const GroupBody = v.strictObject({
  name: Text(60),
  ageBand: v.picklist(AGE_BANDS),
  language: v.picklist(LANGUAGES),
  autoApprove: v.boolean(),
});

/** A new group may start from a programme template (copied in the group's language). */
export const NewGroupBody = v.strictObject({ ...GroupBody.entries, programmeTemplate: v.optional(v.pipe(v.string(), v.maxLength(60))) });

export const FromTemplateBody = v.strictObject({ templateId: v.pipe(v.string(), v.maxLength(60)) });

/** A template as the console lists it. */
export interface ProgrammeTemplateInfo {
  id: string;
  title: Bilingual;
  summary: Bilingual;
  basis: Bilingual;
  sessions: { title: Bilingual; goal: Bilingual; rounds: { activity: string; note: Bilingual }[] }[];
}

/** A group's programme, and which session a new live session would run (null: all sessions done). */
export interface GroupProgramme {
  programme: Programme | null;
  nextSession: number | null;
}

export { ProgrammeSchema as ProgrammeBody } from '../programmes/programme';

export const ChildBody = v.strictObject({ nickname: Text(24), avatar: v.picklist(AVATAR_IDS) });

/**
 * Starting a session: children without consent to take part are refused (409 `session.consent_missing`,
 * listing them) unless the facilitator confirmed exactly those children; the confirmation is audited.
 */
export const StartSessionBody = v.strictObject({ withoutConsent: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(200))) });

/** A child named in a refusal (a clash of avatars, or a missing consent), so the console can show who. */
export interface ChildRef {
  id: string;
  nickname: string;
  avatar: AvatarId;
}

export const ScreenClaimBody = v.strictObject({ code: v.pipe(v.string(), v.regex(/^[0-9]{4,6}$/)) });

export interface StaffInfo {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  /** False once an administrator deactivated the account. */
  active: boolean;
  /** On the staff list: locked after too many wrong passwords, until an administrator unlocks it (or 15 minutes pass). */
  locked?: boolean;
}

/** An administrator changes a colleague's role, or deactivates / reactivates the account. */
export const StaffChangeBody = v.strictObject({ role: v.optional(v.picklist(STAFF_ROLES)), active: v.optional(v.boolean()) });

/** What a staff member may do with a group: run it (and review it), or only review it. */
export type GroupAccess = 'admin' | 'facilitator' | 'reviewer';

export interface GroupInfo {
  id: string;
  name: string;
  ageBand: AgeBand;
  language: Language;
  autoApprove: boolean;
  createdAt: number;
  liveSessionId: string | null;
  /** Retention date 'YYYY-MM-DD': the group's data is purged after that day ends, server-local time (null: kept). */
  retainUntil: string | null;
  /** The caller's access to this group (in lists). */
  access?: GroupAccess | null;
}

export interface ChildInfo {
  id: string;
  nickname: string;
  avatar: AvatarId;
  code: string;
  /** Guardian consent: taking part; research export (children without it are left out of every export). */
  consent?: { participation: boolean; research: boolean };
  /** An anonymous placeholder left by erasing the child on a guardian's request: nickname and code are empty. */
  erased?: boolean;
}

export const ConsentBody = v.strictObject({ participation: v.boolean(), research: v.boolean() });

/** An admin sets the group's retention date (a calendar day), or clears it with null. */
export const RetentionBody = v.strictObject({
  retainUntil: v.nullable(v.pipe(v.string(), v.regex(RETENTION_DATE_PATTERN, 'date_format'), v.check(isCalendarDate, 'date_unknown'))),
});

/** What erasing a child answers: the placeholder that stands in for them and how much was rewritten. */
export interface EraseResult {
  placeholderId: string;
  sessions: number;
  events: number;
}

export interface SessionInfo {
  id: string;
  groupId: string;
  status: 'live' | 'ended';
  code: string | null;
  startedAt: number;
  endedAt: number | null;
  /** Present for live sessions: where the shared screen and tablets go. */
  screenUrl: string | null;
  joinUrl: string | null;
}

export interface GroupDetail extends GroupInfo {
  roster: ChildInfo[];
  /** Children no longer on the roster: removed ones (with nickname) and erased placeholders (`erased: true`). */
  formerChildren: ChildInfo[];
  sessions: SessionInfo[];
}

export interface ApiError {
  error: string;
  message: string;
  /** `request.invalid`: each refused field with its code. */
  fields?: FieldIssue[];
  /** `child.avatar_taken`, `session.consent_missing`: the children concerned. */
  children?: ChildRef[];
}
