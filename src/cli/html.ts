/**
 * HTML → the plain text vnpol reads, for the CLI only (htmlparser2 stays out of the core
 * `extract` path and out of browser bundles). Scripts, styles, the document head, forms'
 * controls, embedded objects and page navigation (nav, aside, and header/footer outside an
 * article or main) are dropped; entities are decoded by the parser; blocks end lines; runs
 * of spaces collapse (NBSP is kept: the library handles it). Offsets of the output records
 * point into this text, which the CLI writes with them as the record's `text` field.
 */
import { Parser } from 'htmlparser2';

const DROP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'nav', 'aside', 'iframe', 'svg', 'math', 'object', 'canvas', 'select', 'button', 'textarea']);
/** Page chrome, unless inside the article itself. */
const CHROME = new Set(['header', 'footer']);
const CONTENT = new Set(['article', 'main']);
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar']);
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'hr', 'html', 'legend', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);

export function htmlToText(html: string): string {
  let out = '';
  let breakPending = false;
  let spacePending = false;
  /** Open elements that drop their content, by tag name, to match closes (also implied ones). */
  const dropStack: string[] = [];
  let content = 0;
  let pre = 0;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dropStack.length > 0) {
          if (dropsContent(name, attribs)) dropStack.push(name);
          return;
        }
        if (dropsContent(name, attribs)) {
          dropStack.push(name);
          return;
        }
        if (CONTENT.has(name)) content++;
        if (name === 'pre') pre++;
        if (BLOCK.has(name)) breakPending = true;
        else if (CELL.has(name)) spacePending = true;
      },
      onclosetag(name) {
        if (dropStack.length > 0) {
          if (dropStack[dropStack.length - 1] === name) {
            dropStack.pop();
            if (dropStack.length === 0 && BLOCK.has(name)) breakPending = true;
          }
          return;
        }
        if (CONTENT.has(name) && content > 0) content--;
        if (name === 'pre' && pre > 0) pre--;
        if (BLOCK.has(name)) breakPending = true;
        else if (CELL.has(name)) spacePending = true;
      },
      ontext(data) {
        if (dropStack.length > 0) return;
        if (pre > 0) {
          flush();
          out += data;
          return;
        }
        const collapsed = data.replace(/[ \t\n\r\f]+/g, ' ');
        if (collapsed === ' ') {
          spacePending = true;
          return;
        }
        let core = collapsed;
        if (core.charCodeAt(0) === 0x20) {
          spacePending = true;
          core = core.slice(1);
        }
        let trailing = false;
        if (core.charCodeAt(core.length - 1) === 0x20) {
          trailing = true;
          core = core.slice(0, -1);
        }
        if (core === '') return;
        flush();
        out += core;
        spacePending = trailing;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );

  function dropsContent(name: string, attribs: Record<string, string>): boolean {
    if (DROP.has(name)) return true;
    if (CHROME.has(name) && content === 0) return true;
    const role = attribs.role;
    return role !== undefined && DROP_ROLES.has(role.toLowerCase());
  }

  function flush(): void {
    if (out.length > 0) {
      if (breakPending) out += '\n';
      else if (spacePending) out += ' ';
    }
    breakPending = false;
    spacePending = false;
  }

  parser.write(html);
  parser.end();
  return out;
}
