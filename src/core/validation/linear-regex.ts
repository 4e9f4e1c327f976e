/**
 * A regular expression matcher whose work grows linearly with the name: patterns come from model files, and
 * JavaScript's backtracking engine can spend hours on one name (`^(a|a)+$`, `\d*\d*\d*$`). The pattern is compiled
 * to an automaton whose live states move through the name together (Thompson's simulation), so each state is
 * handled at most once per position. A look-ahead is probed where it is reached, and answered for every position
 * by one backward pass once it has been probed often. A test thus costs at most a small multiple of
 * states × (name length + 1) steps, whatever the pattern. Single characters are still tested by the native engine,
 * which keeps `\p{Lu}`, classes and escapes exactly as JavaScript reads them.
 */
import { patternReason, type PatternReason } from '../i18n/en/patterns.ts';

/** More states than this is a pattern nobody writes by hand (`(a{100}){100}`); it is refused, not run. */
const MAX_STATES = 2_000;

/** Whether one character (a code point) matches. */
type CharTest = (code: number) => boolean;
type Assertion = 'start' | 'end' | 'word' | 'not-word';
type Ast =
  | { kind: 'char'; test: CharTest }
  | { kind: 'seq'; items: Ast[] }
  | { kind: 'alt'; options: Ast[] }
  | { kind: 'repeat'; body: Ast; min: number; max: number }
  | { kind: 'assert'; what: Assertion }
  | { kind: 'look'; body: Ast; negate: boolean };

type State =
  | { op: 'char'; test: CharTest; next: number }
  | { op: 'split'; to: number[] }
  | { op: 'assert'; what: Assertion; next: number }
  | { op: 'look'; program: Program; negate: boolean; next: number }
  | { op: 'match' };

/** The automaton as flat arrays, its edges reversed (the matcher walks them backwards), and its working memory. */
interface Program {
  start: number;
  op: Uint8Array;
  /** Per state: the character test, the assertion, or the look-ahead. */
  tests: (CharTest | undefined)[];
  asserts: (Assertion | undefined)[];
  looks: ({ program: Program; negate: boolean } | undefined)[];
  /** Per state s, the states that reach s without reading, at silentFrom[silentStart[s] .. silentStart[s + 1]). */
  silentStart: Int32Array;
  silentFrom: Int32Array;
  /** Per state s, the character states whose next state is s. */
  readStart: Int32Array;
  readFrom: Int32Array;
  /** Per state: the states it reaches without reading (a split's branches; the next state of an assertion), and a character state's next. */
  forward: number[][];
  /** When each state was last found good: a position, so nothing is cleared between positions. */
  goodAt: Int32Array;
  /** Forward search: when each state was last added, as a stamp that grows with every position searched. */
  addedAt: Int32Array;
  stamp: number;
  alive: Int32Array;
  next: Int32Array;
  stack: Int32Array;
  found: Int32Array;
  foundLater: Int32Array;
}

const OP = { match: 0, char: 1, split: 2, assert: 3, look: 4 } as const;

/** Why a pattern that JavaScript accepts cannot be matched in bounded time. */
export class UnsupportedPattern extends Error {
  constructor(readonly reason: Exclude<PatternReason, { kind: 'invalid' }>) {
    super(patternReason(reason));
  }
}

/** A pattern that is tested in time linear in the name. */
export interface LinearRegex {
  test(text: string): boolean;
}

/** Compiles a pattern that `new RegExp(pattern, 'u')` accepts; throws UnsupportedPattern for back-references, look-behind or a too large pattern. */
export function linearRegex(pattern: string): LinearRegex {
  const parser = new Parser(pattern);
  const ast = parser.alternatives();
  const program = compile(ast, { count: 0 });
  const anchored = program.op[program.start] === OP.assert && program.asserts[program.start] === 'start';
  return {
    test(text) {
      const codes = codePoints(text);
      // A pattern that starts with ^ matches from the start or not at all: follow it from there, and stop when it fails
      // (most names that break a rule do so early). Any other pattern may start anywhere: one backward pass answers all.
      return anchored ? searchFrom(program, codes, 0, new Map()) : run(program, codes).includes(1);
    },
  };
}

class Parser {
  private at = 0;
  private readonly source: string;
  constructor(source: string) {
    this.source = source;
  }

  alternatives(): Ast {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Ast {
    const items: Ast[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')')
      items.push(this.quantified(this.atom()));
    return { kind: 'seq', items };
  }

  private quantified(body: Ast): Ast {
    const rest = this.source.slice(this.at);
    const q = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(rest);
    if (!q) return body;
    this.at += q[0].length;
    if (q[1]) return { kind: 'repeat', body, min: q[1] === '+' ? 1 : 0, max: q[1] === '?' ? 1 : Infinity };
    const min = Number(q[2]);
    return { kind: 'repeat', body, min, max: q[3] === undefined ? min : q[4] ? Number(q[4]) : Infinity };
  }

  private atom(): Ast {
    const s = this.source;
    const ch = s[this.at]!;
    if (ch === '^' || ch === '$') {
      this.at++;
      return { kind: 'assert', what: ch === '^' ? 'start' : 'end' };
    }
    if (ch === '(') return this.group();
    if (ch === '[') {
      let end = this.at + 1;
      if (s[end] === '^') end++;
      while (s[end] !== ']') end += s[end] === '\\' ? 2 : 1;
      return this.native(end + 1);
    }
    if (ch === '.') return this.native(this.at + 1);
    if (ch === '\\') return this.escape();
    const literal = s.codePointAt(this.at)!;
    this.at += literal > 0xffff ? 2 : 1;
    return { kind: 'char', test: (code) => code === literal };
  }

  private group(): Ast {
    const head = /^\((\?(?::|=|!|<=|<!|<[^>]*>))?/.exec(this.source.slice(this.at))![1] ?? '';
    if (head === '?<=' || head === '?<!') throw new UnsupportedPattern({ kind: 'look-behind' });
    this.at += 1 + head.length;
    const body = this.alternatives();
    this.at++; // the closing parenthesis
    return head === '?=' || head === '?!' ? { kind: 'look', body, negate: head === '?!' } : body;
  }

  private escape(): Ast {
    const s = this.source;
    const next = s[this.at + 1]!;
    if (next === 'b' || next === 'B') {
      this.at += 2;
      return { kind: 'assert', what: next === 'b' ? 'word' : 'not-word' };
    }
    if (/[1-9k]/.test(next)) throw new UnsupportedPattern({ kind: 'back-reference' });
    const rest = s.slice(this.at);
    const length =
      /^\\(?:[pP]\{[^}]*\}|x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[A-Za-z]|.)/su.exec(
        rest,
      )![0].length;
    return this.native(this.at + length);
  }

  /** One character as JavaScript's engine reads the source up to `end`: a class, `.`, or an escape. */
  private native(end: number): Ast {
    const regex = new RegExp(`^(?:${this.source.slice(this.at, end)})$`, 'u');
    this.at = end;
    // Answers are kept: a name repeats its characters, and the native call is the costly part.
    const ascii = new Uint8Array(128); // 0 not asked yet, 1 no, 2 yes
    const other = new Map<number, boolean>();
    const ask = (code: number) => regex.test(String.fromCodePoint(code));
    return {
      kind: 'char',
      test(code) {
        if (code < 128) return (ascii[code] ||= ask(code) ? 2 : 1) === 2;
        let yes = other.get(code);
        if (yes === undefined) other.set(code, (yes = ask(code)));
        return yes;
      },
    };
  }
}

/** Builds the automaton from the end: each part is compiled in front of the state that follows it. */
function compile(ast: Ast, budget: { count: number }): Program {
  const states: State[] = [];
  const add = (state: State): number => {
    if (++budget.count > MAX_STATES) throw new UnsupportedPattern({ kind: 'too-large', steps: MAX_STATES });
    return states.push(state) - 1;
  };
  const emit = (node: Ast, next: number): number => {
    switch (node.kind) {
      case 'char':
        return add({ op: 'char', test: node.test, next });
      case 'assert':
        return add({ op: 'assert', what: node.what, next });
      case 'look':
        return add({ op: 'look', program: compile(node.body, budget), negate: node.negate, next });
      case 'seq':
        return node.items.reduceRight((to, item) => emit(item, to), next);
      case 'alt':
        return add({ op: 'split', to: node.options.map((o) => emit(o, next)) });
      case 'repeat': {
        let tail = next;
        if (node.max === Infinity) {
          const loop = { op: 'split' as const, to: [next] };
          tail = add(loop);
          loop.to.unshift(emit(node.body, tail));
        } else {
          for (let i = node.min; i < node.max; i++) tail = add({ op: 'split', to: [emit(node.body, tail), next] });
        }
        for (let i = 0; i < node.min; i++) tail = emit(node.body, tail);
        return tail;
      }
    }
  };
  const start = emit(ast, add({ op: 'match' }));
  const silent: [number, number][] = []; // [to, from]
  const read: [number, number][] = [];
  states.forEach((s, i) => {
    if (s.op === 'char') read.push([s.next, i]);
    else if (s.op === 'split') for (const to of s.to) silent.push([to, i]);
    else if (s.op !== 'match') silent.push([s.next, i]);
  });
  const [silentStart, silentFrom] = reversed(states.length, silent);
  const [readStart, readFrom] = reversed(states.length, read);
  const memory = () => new Int32Array(states.length);
  return {
    start,
    forward: states.map((s) => (s.op === 'split' ? s.to : s.op === 'match' ? [] : [s.next])),
    addedAt: memory(),
    stamp: 0,
    alive: memory(),
    next: memory(),
    stack: memory(),
    op: Uint8Array.from(states, (s) => OP[s.op]),
    tests: states.map((s) => (s.op === 'char' ? s.test : undefined)),
    asserts: states.map((s) => (s.op === 'assert' ? s.what : undefined)),
    looks: states.map((s) => (s.op === 'look' ? { program: s.program, negate: s.negate } : undefined)),
    silentStart,
    silentFrom,
    readStart,
    readFrom,
    goodAt: memory(),
    found: memory(),
    foundLater: memory(),
  };
}

/** Edges grouped by their target, as offsets into one list. */
function reversed(size: number, edges: [number, number][]): [Int32Array, Int32Array] {
  const start = new Int32Array(size + 1);
  for (const [to] of edges) start[to + 1]!++;
  for (let i = 0; i < size; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, size);
  const from = new Int32Array(edges.length);
  for (const [to, f] of edges) from[fill[to]!++] = f;
  return [start, from];
}

function codePoints(text: string): number[] {
  const codes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    codes.push(code);
    if (code > 0xffff) i++;
  }
  return codes;
}

/** A look-ahead's answers for one text: probed position by position, or all at once when probed often. */
interface LookAnswers {
  known: (boolean | undefined)[];
  probes: number;
  all: Uint8Array | null;
}

/** Probing a look-ahead costs up to its size × the text; past this many probes one backward pass answers every position. */
const PROBES_BEFORE_PASS = 8;

/**
 * Whether the program matches from `from`: the states alive at each position move on together (Thompson's
 * simulation), so each state is handled once per position, and the search stops when none is left.
 * Look-aheads are answered only where they are reached.
 */
function searchFrom(
  program: Program,
  codes: readonly number[],
  from: number,
  answers: Map<Program, LookAnswers>,
): boolean {
  const { op, tests, forward } = program;
  let alive = program.alive;
  let next = program.next;
  program.stamp++;
  let count = reach(program, alive, 0, program.start, codes, from, answers);
  for (let pos = from; count > 0; pos++) {
    for (let k = 0; k < count; k++) if (op[alive[k]!] === OP.match) return true;
    if (pos === codes.length) return false;
    program.stamp++;
    let nextCount = 0;
    for (let k = 0; k < count; k++) {
      const s = alive[k]!;
      if (op[s] === OP.char && tests[s]!(codes[pos]!))
        nextCount = reach(program, next, nextCount, forward[s]![0]!, codes, pos + 1, answers);
    }
    const spare = alive;
    alive = next;
    next = spare;
    count = nextCount;
  }
  return false;
}

/** Adds to `list` the states that read or match, reached from `state` at `pos` without reading; returns the new length. */
function reach(
  program: Program,
  list: Int32Array,
  count: number,
  state: number,
  codes: readonly number[],
  pos: number,
  answers: Map<Program, LookAnswers>,
): number {
  const { op, asserts, looks, forward, addedAt, stack, stamp } = program;
  if (addedAt[state] === stamp) return count;
  addedAt[state] = stamp;
  stack[0] = state;
  // A state is stacked once per position (marked when stacked), so the stack never outgrows the program.
  for (let depth = 1; depth > 0;) {
    const s = stack[--depth]!;
    let to: readonly number[] = NONE;
    if (op[s] === OP.char || op[s] === OP.match) list[count++] = s;
    else if (op[s] === OP.split) to = forward[s]!;
    else if (
      op[s] === OP.assert
        ? holds(asserts[s]!, codes, pos)
        : lookAhead(looks[s]!.program, codes, pos, answers) !== looks[s]!.negate
    )
      to = forward[s]!;
    for (const t of to) {
      if (addedAt[t] === stamp) continue;
      addedAt[t] = stamp;
      stack[depth++] = t;
    }
  }
  return count;
}

const NONE: readonly number[] = [];

function lookAhead(
  program: Program,
  codes: readonly number[],
  pos: number,
  answers: Map<Program, LookAnswers>,
): boolean {
  let look = answers.get(program);
  if (!look) answers.set(program, (look = { known: [], probes: 0, all: null }));
  if (look.all) return look.all[pos] === 1;
  const known = look.known[pos];
  if (known !== undefined) return known;
  if (++look.probes > PROBES_BEFORE_PASS) {
    look.all = run(program, codes);
    return look.all[pos] === 1;
  }
  const yes = searchFrom(program, codes, pos, answers);
  look.known[pos] = yes;
  return yes;
}

const isWordCode = (code: number | undefined) =>
  code !== undefined &&
  ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95);

/**
 * For every position of the text, whether the program matches starting there (a look-ahead probed often).
 * Positions run from the end; a state is good at a position when reading on from there reaches `match`.
 * Each state is settled once per position.
 */
function run(program: Program, codes: readonly number[]): Uint8Array {
  const { op, tests, asserts, silentStart, silentFrom, readStart, readFrom, goodAt, start } = program;
  const looks = program.looks.map((look) => look && run(look.program, codes));
  goodAt.fill(-1);
  const startsHere = new Uint8Array(codes.length + 1);
  let found = program.found;
  let later = program.foundLater; // the good states at the next position
  let laterCount = 0;
  for (let pos = codes.length; pos >= 0; pos--) {
    goodAt[0] = pos; // compile() adds `match` first
    found[0] = 0;
    let count = 1;
    const code = codes[pos];
    if (code !== undefined) {
      for (let k = 0; k < laterCount; k++) {
        const s = later[k]!;
        for (let e = readStart[s]!; e < readStart[s + 1]!; e++) {
          const r = readFrom[e]!;
          if (goodAt[r] === pos || !tests[r]!(code)) continue;
          goodAt[r] = pos;
          found[count++] = r;
        }
      }
    }
    for (let k = 0; k < count; k++) {
      const s = found[k]!;
      for (let e = silentStart[s]!; e < silentStart[s + 1]!; e++) {
        const from = silentFrom[e]!;
        if (goodAt[from] === pos) continue;
        if (op[from] === OP.assert && !holds(asserts[from]!, codes, pos)) continue;
        if (op[from] === OP.look && looks[from]![pos] === (program.looks[from]!.negate ? 1 : 0)) continue;
        goodAt[from] = pos;
        found[count++] = from;
      }
    }
    startsHere[pos] = goodAt[start] === pos ? 1 : 0;
    const spare = later;
    later = found;
    found = spare;
    laterCount = count;
  }
  return startsHere;
}

function holds(what: Assertion, codes: readonly number[], pos: number): boolean {
  switch (what) {
    case 'start':
      return pos === 0;
    case 'end':
      return pos === codes.length;
    case 'word':
      return isWordCode(codes[pos - 1]) !== isWordCode(codes[pos]);
    case 'not-word':
      return isWordCode(codes[pos - 1]) === isWordCode(codes[pos]);
  }
}
