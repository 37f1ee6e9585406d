// Template syntax: `{{name}}` or `{{name|fallback}}`. Pure: the options page validates on save,
// the picker renders on every keystroke, so nothing here touches the DOM or allocates per char.

export const VARIABLES = ['author.firstName', 'author.name', 'author.handle', 'me.name', 'brand', 'date', 'cursor'] as const;
export type VariableName = (typeof VARIABLES)[number];

// CMs type `{{Brand}}` or `{{author.firstname}}` as often as the exact spelling: accept any case.
const BY_LOWER = new Map<string, VariableName>(VARIABLES.map((name) => [name.toLowerCase(), name]));

export type TextToken = { kind: 'text'; value: string; start: number; end: number };
export type VariableToken = {
  kind: 'variable';
  /** The name as written, trimmed. */
  name: string;
  /** The canonical variable, or null when the name is not one we know. */
  known: VariableName | null;
  /** Text after the bar, trimmed; `''` is a deliberate empty fallback, null means none. */
  fallback: string | null;
  start: number;
  end: number;
};
export type Token = TextToken | VariableToken;

export type IssueCode = 'unclosed' | 'empty-variable' | 'unknown-variable' | 'duplicate-cursor';
export type TemplateIssue = {
  code: IssueCode;
  /** Offsets in the body, end exclusive. */
  start: number;
  end: number;
  /** 1-based, for a message the CM can act on. */
  line: number;
  column: number;
  name?: string;
};

export function lookupVariable(name: string): VariableName | null {
  return BY_LOWER.get(name.toLowerCase()) ?? null;
}

type Scan = { tokens: Token[]; unclosed: number[] };

function scan(body: string): Scan {
  const tokens: Token[] = [];
  const unclosed: number[] = [];
  let text = '';
  let textStart = 0;
  let pos = 0;
  const flushText = (end: number) => {
    if (text) tokens.push({ kind: 'text', value: text, start: textStart, end });
    text = '';
  };
  while (pos < body.length) {
    let open = body.indexOf('{{', pos);
    if (open === -1) break;
    // `{{{brand}}}`: the extra braces are literal, the variable is the innermost pair.
    while (body.charCodeAt(open + 2) === 123 /* { */) open++;
    const close = body.indexOf('}}', open + 2);
    const nextOpen = body.indexOf('{{', open + 2);
    const newline = body.indexOf('\n', open + 2);
    // A variable never spans a line or contains another `{{`: otherwise one typo would swallow
    // the rest of the reply into a "variable".
    if (close === -1 || (nextOpen !== -1 && nextOpen < close) || (newline !== -1 && newline < close)) {
      unclosed.push(open);
      if (!text) textStart = pos;
      text += body.slice(pos, open + 2);
      pos = open + 2;
      continue;
    }
    if (!text) textStart = pos;
    text += body.slice(pos, open);
    flushText(open);
    const inner = body.slice(open + 2, close);
    const bar = inner.indexOf('|');
    const name = (bar === -1 ? inner : inner.slice(0, bar)).trim();
    const fallback = bar === -1 ? null : inner.slice(bar + 1).trim();
    tokens.push({ kind: 'variable', name, known: lookupVariable(name), fallback, start: open, end: close + 2 });
    pos = close + 2;
    textStart = pos;
  }
  if (!text) textStart = pos;
  text += body.slice(pos);
  flushText(body.length);
  return { tokens, unclosed };
}

/** Splits a body into literal text and variables. Unclosed `{{` stay literal text. */
export function parse(body: string): Token[] {
  return scan(body).tokens;
}

function position(body: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = body.indexOf('\n'); i !== -1 && i < offset; i = body.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Problems to show before saving a template, in body order. No issues means the body is safe to save. */
export function validate(body: string): TemplateIssue[] {
  const { tokens, unclosed } = scan(body);
  const issues: Omit<TemplateIssue, 'line' | 'column'>[] = unclosed.map((start) => ({ code: 'unclosed', start, end: start + 2 }));
  let cursorSeen = false;
  for (const token of tokens) {
    if (token.kind !== 'variable') continue;
    const span = { start: token.start, end: token.end };
    if (!token.name) issues.push({ code: 'empty-variable', ...span });
    else if (!token.known) issues.push({ code: 'unknown-variable', name: token.name, ...span });
    else if (token.known === 'cursor') {
      if (cursorSeen) issues.push({ code: 'duplicate-cursor', ...span });
      cursorSeen = true;
    }
  }
  return issues.sort((a, b) => a.start - b.start).map((issue) => ({ ...issue, ...position(body, issue.start) }));
}
