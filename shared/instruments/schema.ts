// The instrument data format (a check-in or a scale as versioned data): its valibot schema and types.
import * as v from 'valibot';

/** The format tag every instrument file starts with; a new format gets a new tag. */
export const INSTRUMENT_FORMAT = 'circletime-instrument/1';

/** The pictures a response option can show; the pages draw each one (faces first: no reading needed). */
export const OPTION_PICTURES = [
  'face-beaming',
  'face-smiling',
  'face-calm',
  'face-unsure',
  'face-sad',
  // Thumbs for agree/disagree scales: a smiling face on "I agree I am no good" would contradict itself.
  'thumbs-up-two',
  'thumbs-up',
  'thumbs-down',
  'thumbs-down-two',
] as const;
export type OptionPicture = (typeof OPTION_PICTURES)[number];

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'use lower-case letters, digits and "-" (at most 48)'));
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(400, 'at most 400 characters'));

/** Text in both languages of the product; every child-facing text must exist in each. */
export const LocalTextSchema = v.strictObject({ en: Text, 'zh-CN': Text });
export type LocalText = v.InferOutput<typeof LocalTextSchema>;

export const ResponseOptionSchema = v.strictObject({
  id: Id,
  picture: v.picklist(OPTION_PICTURES, `must be one of ${OPTION_PICTURES.join(', ')}`),
  label: LocalTextSchema,
  /** What read-aloud says for this option, when it differs from the label. */
  speak: v.optional(LocalTextSchema),
});
export type ResponseOption = v.InferOutput<typeof ResponseOptionSchema>;

export const InstrumentItemSchema = v.strictObject({
  id: Id,
  text: LocalTextSchema,
  speak: v.optional(LocalTextSchema),
  /** Negatively worded: scored reversed (min + max − value). */
  reversed: v.boolean(),
});
export type InstrumentItem = v.InferOutput<typeof InstrumentItemSchema>;

const Age = v.pipe(v.number(), v.integer(), v.minValue(4), v.maxValue(99));

export const InstrumentSchema = v.strictObject({
  format: v.literal(INSTRUMENT_FORMAT, `must be "${INSTRUMENT_FORMAT}"`),
  id: Id,
  /** Changes whenever items, options, order or scoring change; stored with every response. */
  version: v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/, 'letters, digits and . + - only')),
  /** Instruments of one family answer the same question for different age bands (the daily check-in). */
  family: v.optional(Id),
  kind: v.picklist(['daily', 'scale'], 'must be "daily" (a process signal each session) or "scale" (pre/post)'),
  title: LocalTextSchema,
  /** Read aloud before the first item. */
  intro: LocalTextSchema,
  ageBand: v.strictObject({ min: Age, max: Age }),
  options: v.pipe(v.array(ResponseOptionSchema), v.minLength(2, 'needs at least 2 options'), v.maxLength(7, 'at most 7 options')),
  items: v.pipe(v.array(InstrumentItemSchema), v.minLength(1, 'needs at least 1 item'), v.maxLength(40, 'at most 40 items')),
  scoring: v.strictObject({
    /** Each option's score, by option id. */
    values: v.record(Id, v.pipe(v.number(), v.integer())),
    total: v.strictObject({ min: v.number(), max: v.number() }),
  }),
  /** How the items are ordered, e.g. which published order of a scale (recorded with the version); in both languages, or one text. */
  order: v.optional(v.union([LocalTextSchema, Text])),
  source: LocalTextSchema,
  licence: LocalTextSchema,
  /** Whether the wording in each language is validated; shown wherever the instrument is shown. */
  validation: v.strictObject({
    en: v.picklist(['validated', 'translation-not-validated', 'not-a-scale']),
    'zh-CN': v.picklist(['validated', 'translation-not-validated', 'not-a-scale']),
  }),
  /** Documented choices of this version (e.g. how the Chinese item 8 is scored). */
  notes: v.optional(v.array(LocalTextSchema), []),
  /** Published norms for reliable change (Jacobson & Truax), when the version has them. */
  norms: v.optional(v.strictObject({ sd: v.pipe(v.number(), v.minValue(0)), reliability: v.pipe(v.number(), v.minValue(0), v.maxValue(1)), source: Text })),
});

export type Instrument = v.InferOutput<typeof InstrumentSchema>;
export type InstrumentInput = v.InferInput<typeof InstrumentSchema>;
