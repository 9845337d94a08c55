// Per-element decisions for the text walk, computed once per element and inherited downwards:
// is the text below rendered, which block holds it, which region it belongs to.
// Inline elements that change nothing share their parent's context object, so most elements cost
// one Map entry and no allocation. No decision here queries the DOM beyond the element's own tag
// and attributes: what needs the page as a whole (does this "sidebar" hold the story?) is settled
// after the walk from the blocks it produced (see settleChromeGuesses in scan-blocks.ts).

import { classifyNames } from './class-names';
import { roleEffect, styleHides, tagKind } from './page-vocabulary';

export const SKIPPED = 1; // not rendered, or not ours to read
export const CHROME = 2; // certainly not the story: nav, aside, footer, landmark roles, buttons
export const BYLINE = 4; // byline / metadata line
export const HEADING = 8;
export const TOP_HEADING = 16; // inside <h1>
export const LINK = 32;
export const PREFORMATTED = 64;
export const SECTIONED = 128; // inside article/main/section: a <header> there is the article's own
/** The element is a closed <details>: only its <summary> is rendered. Not inherited. */
export const CLOSED_DETAILS = 256;
const INHERITED = ~CLOSED_DETAILS;

/**
 * Why an element is only probably not the story, to be confirmed once the page is read:
 * - names: its class/id says sidebar, related, share... unless it holds the <h1> or most of the prose
 * - comments: readers' comments, unless it holds the <h1>
 * - header: a page-level <header>, unless it holds the <h1>
 * - form: a <form>, unless it holds the <h1> or most of the prose (ASP.NET wraps pages in one)
 */
export type GuessKind = 'names' | 'comments' | 'header' | 'form';

export interface ChromeGuess {
  readonly kind: GuessKind;
  /** The nearest enclosing guessed element, judged on its own. */
  readonly outer: Element | null;
}

export interface ElementContext {
  readonly flags: number;
  /** The nearest block-level element: text under the same one (and nothing between) forms one block. */
  readonly block: Element | null;
  /** The table cell holding the text when the block is a row. */
  readonly cell: Element | null;
  /** The <time> element holding the text, if any (a byline's machine-readable date). */
  readonly time: Element | null;
  /** The nearest element guessed to be chrome (see ChromeGuess). */
  readonly guess: Element | null;
}

export const ROOT_CONTEXT: ElementContext = { flags: 0, block: null, cell: null, time: null, guess: null };
const SKIPPED_CONTEXT: ElementContext = { flags: SKIPPED, block: null, cell: null, time: null, guess: null };

const ELEMENT_NODE = 1;

/** Caches one context per element for the duration of one extraction. */
export class ContextCache {
  /** Every guessed element met by the walk, with its kind and enclosing guess. */
  readonly guesses = new Map<Element, ChromeGuess>();
  private readonly contexts = new Map<Element, ElementContext>();
  private readonly chain: Element[] = [];

  /** Context of the text directly inside `parent` (an element, or the root document/fragment). */
  of(parent: Node): ElementContext {
    const cached = this.contexts.get(parent as Element);
    if (cached !== undefined) return cached;
    if (parent.nodeType !== ELEMENT_NODE) return ROOT_CONTEXT;
    // Climb to the nearest known ancestor, then derive downwards: iterative, so deep pages cannot
    // overflow the stack, and every element is derived once.
    const chain = this.chain;
    chain.length = 0;
    let base = ROOT_CONTEXT;
    for (let node: Node | null = parent; node !== null && node.nodeType === ELEMENT_NODE; node = node.parentNode) {
      const known = this.contexts.get(node as Element);
      if (known !== undefined) {
        base = known;
        break;
      }
      chain.push(node as Element);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i]!;
      base = this.derive(el, base);
      this.contexts.set(el, base);
    }
    chain.length = 0;
    return base;
  }

  private derive(el: Element, parent: ElementContext): ElementContext {
    if (parent.flags & SKIPPED) return parent;
    const tag = el.localName;
    if (parent.flags & CLOSED_DETAILS && tag !== 'summary') return SKIPPED_CONTEXT;
    // The extension's own UI (shadow hosts named palmyra-*): never read as page text.
    if (tag.charCodeAt(0) === 112 /* p */ && tag.startsWith('palmyra-')) return SKIPPED_CONTEXT;

    let flags = parent.flags & INHERITED;
    let block = parent.block;
    let cell = parent.cell;
    let time = parent.time;
    let guess: GuessKind | undefined;

    switch (tagKind(tag)) {
      case undefined:
        break;
      case 'skip':
        return SKIPPED_CONTEXT;
      case 'block':
      case 'row':
        block = el;
        cell = null;
        break;
      case 'cell':
        cell = el;
        break;
      case 'heading':
        block = el;
        cell = null;
        flags |= HEADING;
        if (tag === 'h1') flags |= TOP_HEADING;
        break;
      case 'preformatted':
        block = el;
        cell = null;
        flags |= PREFORMATTED;
        break;
      case 'sectioning':
        block = el;
        cell = null;
        flags |= SECTIONED;
        break;
      case 'site-chrome':
      case 'control':
        block = el;
        cell = null;
        flags |= CHROME;
        break;
      case 'header':
        block = el;
        cell = null;
        // A page-level header is the site's banner; an article's (or one holding the story's <h1>) is not.
        if (!(flags & SECTIONED)) guess = 'header';
        break;
      case 'form':
        block = el;
        cell = null;
        guess = 'form';
        break;
      case 'details':
        block = el;
        cell = null;
        if (!el.hasAttribute('open')) flags |= CLOSED_DETAILS;
        break;
      case 'dialog':
        if (!el.hasAttribute('open')) return SKIPPED_CONTEXT;
        block = el;
        cell = null;
        flags |= CHROME;
        break;
      case 'link': // marked as a link below, when it has an href (an <a name> is an anchor)
        break;
      case 'time':
        time = el;
        break;
    }

    if (el.hasAttributes()) {
      // One pass over the names present (usually just class, id or href), then read only those
      // that matter: cheaper than asking for each attribute below.
      let className: string | null = null;
      let id: string | null = null;
      let storyBody = false;
      for (const name of el.getAttributeNames()) {
        switch (name) {
          case 'class':
            className = el.getAttribute(name);
            break;
          case 'id':
            id = el.getAttribute(name);
            break;
          case 'hidden':
          case 'data-palmyra-ui':
            return SKIPPED_CONTEXT;
          case 'aria-hidden':
            if (el.getAttribute(name)!.trim().toLowerCase() === 'true') return SKIPPED_CONTEXT;
            break;
          case 'contenteditable':
            // Editable regions (editors, comment boxes): highlighting there would fight the user's typing.
            if (el.getAttribute(name)!.trim().toLowerCase() !== 'false') return SKIPPED_CONTEXT;
            break;
          case 'style':
            if (styleHides(el.getAttribute(name)!)) return SKIPPED_CONTEXT;
            break;
          case 'role': {
            const effect = roleEffect(el.getAttribute(name)!);
            if (effect === 'boilerplate') flags |= CHROME;
            else if (effect === 'main') flags |= SECTIONED;
            else if (effect === 'heading') flags |= HEADING;
            break;
          }
          case 'href':
            if (tag === 'a') flags |= LINK;
            break;
          case 'itemprop':
            storyBody = /\barticleBody\b/.test(el.getAttribute(name)!);
            break;
        }
      }
      if ((className || id) && tag !== 'body' && tag !== 'html') {
        const verdict = classifyNames(className, id);
        if (verdict === 'hidden') return SKIPPED_CONTEXT;
        if (verdict === 'byline') flags |= BYLINE;
        else if (verdict === 'comments') guess = 'comments';
        else if (verdict === 'boilerplate' && !storyBody) guess ??= 'names';
      }
    }

    let guessed = parent.guess;
    if (guess !== undefined && !(flags & CHROME)) {
      this.guesses.set(el, { kind: guess, outer: guessed });
      guessed = el;
    }

    if (
      flags === parent.flags &&
      block === parent.block &&
      cell === parent.cell &&
      time === parent.time &&
      guessed === parent.guess
    ) {
      return parent;
    }
    return { flags, block, cell, time, guess: guessed };
  }
}
