// The printable pre/post results (no controls): per-child table with legend, children without a pair, group tests, small-n notes.
import '../styles/prepost.css';
import { h } from '../../common/dom';
import { lang, t } from '../../common/i18n';
import { fill } from '../../../shared/i18n';
import { sessionsWithResponses, type PrePostAnalysis, type PrePostMissingRow, type PrePostPairRow } from '../../../shared/review/prepost';
import type { PairedTResult, WilcoxonResult } from '../../../shared/stats';
import { fmtBounded, fmtNumber, fmtP, fmtPRelation, fmtSigned, fmtSignedFixed, fmtTrimmed } from '../../../shared/review/prepost-format';
import { childName, type GroupData } from '../data';
import { names } from './overview-format';
import { prePostNoteText } from './prepost-note-text';

type Tt = ReturnType<typeof t>['reviewPrePost'];

function heading(analysis: PrePostAnalysis, data: GroupData, tt: Tt): HTMLElement {
  const { instrumentId, preSession, postSession } = analysis.choice;
  const ins = data.instruments.find((i) => i.id === instrumentId);
  // The instrument's name only: its id and version belong to the instruments page's details, not to a worker's reading.
  const unvalidated = ins?.validation[lang()] === 'translation-not-validated';
  return h(
    'header',
    { className: 'prepost-results-head' },
    h('h3', {}, fill(tt.results.heading, { instrument: ins?.title[lang()] ?? instrumentId, pre: preSession, post: postSession })),
    population(analysis, data, tt),
    unvalidated ? h('p', { className: 'muted small' }, h('span', { className: 'prepost-flag' }, tt.results.notValidated)) : null,
  );
}

/** Which children the figures are about, and who is not in them: a reader must know whether they may publish them. */
function population(analysis: PrePostAnalysis, data: GroupData, tt: Tt): HTMLElement {
  const inSet = analysis.rows.length + analysis.missing.length;
  const total = inSet + analysis.leftOut.length;
  const research = analysis.population === 'research';
  return h(
    'div',
    { className: `prepost-population${research ? '' : ' prepost-internal'}`, 'data-testid': 'prepost-population', 'data-population': analysis.population },
    h('p', {}, research ? fill(tt.results.usesResearch, { n: inSet, total }) : fill(tt.results.usesAll, { total })),
    research && analysis.leftOut.length ? h('p', { className: 'muted small' }, fill(tt.results.leftOut, { names: names(data, analysis.leftOut) })) : null,
  );
}

function summary(analysis: PrePostAnalysis, tt: Tt): HTMLElement {
  const { rows, missing, direction, descriptives: d } = analysis;
  const meanSd = (x: { mean: number | null; sd: number | null }) => fill(tt.results.meanSd, { mean: fmtNumber(x.mean), sd: fmtNumber(x.sd) });
  const n = analysis.norms;
  const source = n?.fromGroup ? tt.norms.groupSource : n?.source || '—';
  return h(
    'div',
    { className: 'prepost-summary' },
    h('p', { 'data-testid': 'prepost-pairs' }, fill(tt.results.pairs, { pairs: rows.length, children: rows.length + missing.length })),
    rows.length ? h('p', {}, fill(tt.results.direction, direction)) : null,
    d ? h('p', {}, fill(tt.results.means, { pre: meanSd(d.pre), post: meanSd(d.post), change: fmtSignedFixed(d.change.mean) })) : null,
    h(
      'p',
      { className: 'muted small', 'data-testid': 'prepost-norms-used' },
      n
        ? fill(tt.results.normsUsed, { sd: fmtTrimmed(n.sd), reliability: fmtBounded(n.reliability, lang()), sDiff: fmtNumber(n.sDiff), source })
        : tt.results.normsNone,
    ),
  );
}

function changeCell(x: number): HTMLElement {
  const dir = x > 0 ? 'up' : x < 0 ? 'down' : 'same';
  return h('span', { className: `prepost-${dir}` }, x > 0 ? '▲ ' : x < 0 ? '▼ ' : '', fmtSigned(x));
}

function pairRow(r: PrePostPairRow, data: GroupData, tt: Tt): HTMLElement {
  return h(
    'tr',
    { 'data-testid': `prepost-row-${r.childId}` },
    h('td', {}, childName(data, r.childId)),
    h('td', { className: 'num' }, fmtTrimmed(r.pre)),
    h('td', { className: 'num' }, fmtTrimmed(r.post)),
    h('td', { className: 'num' }, changeCell(r.change)),
    h('td', { className: 'num' }, fmtSignedFixed(r.rci)),
    h('td', {}, h('span', { className: `prepost-reliable prepost-reliable-${r.reliable}`, 'data-reliable': r.reliable }, tt.results.reliable[r.reliable])),
  );
}

/** A child without a pair: the score they have, and in plain words why the other is missing. */
function missingRow(m: PrePostMissingRow, data: GroupData, tt: Tt): HTMLElement {
  const r = tt.results;
  const pre = m.preReason ? r.reasons[m.preReason] : null;
  const post = m.postReason ? r.reasons[m.postReason] : null;
  const why =
    pre && post
      ? pre === post
        ? fill(r.reasonBoth, { reason: pre })
        : fill(r.reasonPair, { pre: fill(r.reasonPre, { reason: pre }), post: fill(r.reasonPost, { reason: post }) })
      : pre
        ? fill(r.reasonPre, { reason: pre })
        : fill(r.reasonPost, { reason: post ?? '—' });
  return h(
    'tr',
    { className: 'prepost-missing-row', 'data-testid': `prepost-row-${m.childId}`, 'data-missing': `${m.preReason ?? ''}/${m.postReason ?? ''}` },
    h('td', {}, childName(data, m.childId)),
    h('td', { className: 'num' }, fmtTrimmed(m.pre)),
    h('td', { className: 'num' }, fmtTrimmed(m.post)),
    h('td', { colspan: 3, className: 'prepost-reason' }, why),
  );
}

/** Every child: the pairs first, then (in their own body, `prepost-missing`) the children not in the tests. */
function childTable(analysis: PrePostAnalysis, data: GroupData, tt: Tt): HTMLElement {
  const c = tt.results.table;
  const { rows, missing } = analysis;
  return h(
    'table',
    { className: 'prepost-table', 'data-testid': 'prepost-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', {}, c.child),
        h('th', { className: 'num' }, c.pre),
        h('th', { className: 'num' }, c.post),
        h('th', { className: 'num' }, c.change),
        h('th', { className: 'num' }, c.rci),
        h('th', {}, c.reliable),
      ),
    ),
    h('tbody', {}, ...rows.map((r) => pairRow(r, data, tt)), rows.length === 0 ? h('tr', {}, h('td', { colspan: 6, className: 'muted' }, '—')) : null),
    h(
      'tbody',
      { className: 'prepost-missing', 'data-testid': 'prepost-missing' },
      h('tr', { className: 'prepost-missing-head' }, h('th', { colspan: 6 }, missing.length ? tt.results.missingTitle : tt.results.missingNone)),
      ...missing.map((m) => missingRow(m, data, tt)),
    ),
  );
}

function legend(tt: Tt): HTMLElement {
  const l = tt.results.legend;
  return h(
    'div',
    { className: 'prepost-legend small' },
    h('h4', {}, tt.results.legendTitle),
    h('ul', {}, h('li', {}, l.change), h('li', {}, l.rci), h('li', {}, l.reliable)),
  );
}

function statTable(rows: [stat: string, label: string, value: string][]): HTMLElement {
  return h(
    'table',
    { className: 'prepost-stats' },
    h('tbody', {}, ...rows.map(([stat, label, value]) => h('tr', { 'data-stat': stat }, h('th', {}, label), h('td', { className: 'num' }, value)))),
  );
}

/** The result as a worker would write it in a report (APA style), ready to copy. */
function apaLine(s: Tt['tests'], text: string): HTMLElement {
  return h('p', { className: 'prepost-apa small' }, h('span', { className: 'muted' }, s.apa, ' '), h('code', {}, text));
}

function wilcoxonBlock(w: WilcoxonResult, tt: Tt): HTMLElement {
  const s = tt.tests;
  const L = lang();
  const pExact = w.pExact === null && w.nNonZero > 20 ? s.pExactNotComputed : fmtP(w.pExact, L);
  return h(
    'section',
    { className: 'prepost-test', 'data-testid': 'prepost-wilcoxon' },
    h('h4', {}, s.wilcoxon, ' ', h('span', { className: 'prepost-tag' }, s.wilcoxonTag)),
    statTable([
      ['n', s.n, String(w.n)],
      ['nNonZero', s.nNonZero, String(w.nNonZero)],
      ['wPlus', s.wPlus, fmtTrimmed(w.wPlus)],
      ['wMinus', s.wMinus, fmtTrimmed(w.wMinus)],
      ['pExact', s.pExact, pExact],
      ['z', s.z, fmtNumber(w.z)],
      ['pAsymptotic', s.pAsymptotic, fmtP(w.pAsymptotic, L)],
      ['rankBiserial', s.rankBiserial, fmtBounded(w.rankBiserial, L)],
      ['hodgesLehmann', s.hodgesLehmann, fmtNumber(w.hodgesLehmann)],
    ]),
    w.z !== null && w.z > 0 ? h('p', { className: 'muted small' }, s.spssSign) : null,
    w.z === null
      ? null
      : apaLine(
          s,
          fill(w.pExact === null ? s.apaWAsymptotic : s.apaW, {
            n: w.nNonZero,
            w: fmtTrimmed(w.wPlus),
            z: fmtNumber(w.z),
            p: fmtPRelation(w.pExact ?? w.pAsymptotic, L),
            r: fmtBounded(w.rankBiserial, L),
          }),
        ),
  );
}

function tTestBlock(r: PairedTResult, tt: Tt): HTMLElement {
  const s = tt.tests;
  const ci = r.ci95 ? fill(s.ci, { lo: fmtNumber(r.ci95[0]), hi: fmtNumber(r.ci95[1]) }) : '—';
  return h(
    'section',
    { className: 'prepost-test', 'data-testid': 'prepost-ttest' },
    h('h4', {}, s.ttest, ' ', h('span', { className: 'prepost-tag muted' }, s.ttestTag)),
    statTable([
      ['n', s.n, String(r.n)],
      ['meanDiff', s.meanDiff, fmtNumber(r.meanDiff)],
      ['sdDiff', s.sdDiff, fmtNumber(r.sdDiff)],
      ['t', s.t, fmtNumber(r.t)],
      ['df', s.df, r.df === null ? '—' : String(r.df)],
      ['p', s.p, fmtP(r.p, lang())],
      ['ci95', s.ci95, ci],
      ['dz', s.dz, fmtNumber(r.dz)],
      ['gz', s.gz, fmtNumber(r.gz)],
    ]),
    r.t === null || !r.ci95
      ? null
      : apaLine(
          s,
          fill(s.apaT, {
            df: String(r.df),
            t: fmtNumber(r.t),
            p: fmtPRelation(r.p, lang()),
            lo: fmtNumber(r.ci95[0]),
            hi: fmtNumber(r.ci95[1]),
            dz: fmtNumber(r.dz),
          }),
        ),
  );
}

function testsBlock(analysis: PrePostAnalysis, tt: Tt): HTMLElement {
  const tests = analysis.tests;
  return h(
    'section',
    { className: 'prepost-tests' },
    h('h4', { className: 'prepost-tests-title' }, tt.tests.title),
    tests.state === 'tested'
      ? h('div', { className: 'prepost-test-grid' }, wilcoxonBlock(tests.wilcoxon, tt), tTestBlock(tests.ttest, tt))
      : h('p', { className: 'prepost-no-tests', 'data-testid': 'prepost-no-tests', 'data-state': tests.state }, tt.tests.none),
  );
}

function notesBlock(analysis: PrePostAnalysis, tt: Tt): HTMLElement {
  return h(
    'section',
    { className: 'prepost-notes', 'data-testid': 'prepost-notes' },
    h('h4', {}, tt.notes.title),
    h('ul', {}, ...analysis.notes.map((n) => h('li', { 'data-note': n.code }, prePostNoteText(n, tt.notes, lang())))),
  );
}

/** The whole results block in the current language; the report tab reuses it as it is. */
export function prePostResults(analysis: PrePostAnalysis, data: GroupData): HTMLElement {
  const tt = t().reviewPrePost;
  if (analysis.tests.state === 'same-session') {
    // Nothing to compare: a table of zero changes would read as "no child changed".
    const { instrumentId, preSession } = analysis.choice;
    const answered = sessionsWithResponses(data.review.checkins, instrumentId);
    const text = answered.length === 1 ? fill(tt.results.onlyOneSession, { n: preSession }) : tt.results.sameSession;
    return h(
      'div',
      { className: 'prepost-results', 'data-testid': 'prepost-results' },
      heading(analysis, data, tt),
      h('p', { className: 'prepost-no-tests', 'data-testid': 'prepost-same-session' }, text),
    );
  }
  return h(
    'div',
    { className: 'prepost-results', 'data-testid': 'prepost-results' },
    heading(analysis, data, tt),
    summary(analysis, tt),
    childTable(analysis, data, tt),
    legend(tt),
    testsBlock(analysis, tt),
    notesBlock(analysis, tt),
  );
}
