/**
 * Every match of a global regex. String#matchAll copies its regex on each call, which recompiles
 * our long alternations every time; a plain exec loop reuses the compiled one.
 */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex += 1;
    else out.push(m);
  }
  return out;
}
