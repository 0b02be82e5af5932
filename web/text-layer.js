// The reader's text as page text (as PDF.js's text layer does): a transparent
// copy of the open article over the canvas, line for line in the same font,
// size and place, so the browser gives selection (drag, double-click word,
// triple-click paragraph), Copy, its own find, and screen readers the heading,
// byline and paragraphs. The canvas keeps drawing the pixels; the selection is
// painted by the browser (::selection) because only it knows the exact glyph
// boxes of its own text, RTL and shaped lines included.
//
// Data: C++ publishes a few floats per frame in wasm memory (where the reader
// is, its scroll, whether a popup holds the mouse) and calls changed() only
// when they differ; the text comes as JSON only when the layout changed.
// Scrolling goes both ways: the layer scrolls natively (wheel, touch, find)
// and tells the reader (bs_set_reader_scroll); the reader's scroll is copied
// to the layer after each frame.
(function () {
  'use strict';

  // Slots of the geometry array (src/platform/web_text_layer.h).
  const S = {
    version: 0, shown: 1, x: 2, y: 3, w: 4, h: 5, scrollY: 6, scrollMaxY: 7, bodyLeft: 8, bodyTop: 9,
    titleTop: 10, metaTop: 11, linkTop: 12, fontSize: 13, emPerSize: 14, measure: 15, blocked: 16,
    a11yVersion: 17, overlayCount: 18, overlays: 19, count: 19 + 4 * 8,
  };

  const layer = document.createElement('div');
  layer.id = 'text-layer';
  layer.hidden = true;
  const content = document.createElement('article');
  content.className = 'tl-content';
  layer.appendChild(content);

  let mod = null;
  let geometry = null;        // Float32Array view on wasm memory (remade when memory grows)
  let builtVersion = -1;
  let built = null;           // {title, byline, link, body, blocks: [element], paragraphs: [element]}
  let expectedScrollTop = 0;  // the last scrollTop we set ourselves (its scroll event is not the user's)
  let isBlocked = false;
  let isEnabled = true;       // off only for benchmarks (the canvas alone)
  let overlays = [];
  let pointer = { x: -1, y: -1 };
  const stats = { lastBuildMs: 0, lastJsonMs: 0, builds: 0, lines: 0 };

  function view() {
    if (!geometry || geometry.buffer !== mod.HEAPU8.buffer) {
      geometry = new Float32Array(mod.HEAPU8.buffer, mod._bs_text_layer_geometry(), S.count);
    }
    return geometry;
  }

  function px(v) { return v + 'px'; }

  // One paragraph: a block of explicit height (content-visibility skips the
  // ones off screen), each line a block at its C++ y with white-space: pre.
  // The skipped spaces at line breaks stay as text nodes between the lines, so
  // a Range over the paragraph reads back exactly the paragraph's text.
  function buildParagraph(p, index, emPerSize) {
    const el = document.createElement(p.heading ? 'div' : 'p');
    el.className = p.heading ? 'tl-p tl-heading' : 'tl-p';
    el.dir = 'auto';
    // Explicit roles: Chrome drops a <p> whose only children are blocks from the tree.
    if (p.heading) { el.setAttribute('role', 'heading'); el.setAttribute('aria-level', '2'); }
    else el.setAttribute('role', 'paragraph');
    el.dataset.p = index;
    el.style.height = px(p.h);
    el.style.containIntrinsicSize = 'auto ' + px(p.h);
    el.style.fontSize = px(p.size * emPerSize);
    el.style.setProperty('--line', px(p.size));
    el.style.setProperty('--gap', px(p.step - p.size));
    let at = 0;
    for (let i = 0; i < p.b.length; i++) {
      if (p.b[i] > at) el.appendChild(document.createTextNode(p.text.slice(at, p.b[i])));
      const line = document.createElement('span');
      line.className = 'tl-l';
      line.textContent = p.text.slice(p.b[i], p.e[i]);
      el.appendChild(line);
      at = p.e[i];
    }
    if (at < p.text.length) el.appendChild(document.createTextNode(p.text.slice(at)));
    return el;
  }

  function build(data, g) {
    const started = performance.now();
    content.textContent = '';
    built = null;
    if (!data) return;
    const emPerSize = g[S.emPerSize];
    const size = data.fontSize;
    content.setAttribute('aria-label', data.title);
    const title = document.createElement('h1');
    title.className = 'tl-title tl-block';
    title.dir = 'auto';
    title.textContent = data.title;
    title.style.fontSize = px(size * 1.55 * emPerSize);
    title.style.lineHeight = px(size * 1.55);
    const byline = document.createElement('p');
    byline.className = 'tl-byline tl-block';
    byline.textContent = data.byline;
    byline.style.fontSize = px(size * 0.82 * emPerSize);
    byline.style.lineHeight = px(size * 0.82);
    let link = null;
    if (data.url) {
      link = document.createElement('a');
      link.className = 'tl-link tl-block';
      link.href = /^https?:\/\//i.test(data.url) ? data.url : '#';
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = data.url;
      link.style.fontSize = px(size * 0.82 * emPerSize);
      link.style.lineHeight = px(size * 0.82);
    }
    const body = document.createElement('div');
    body.className = 'tl-body';
    const fragment = document.createDocumentFragment();
    const paragraphs = [];
    let lines = 0;
    data.paragraphs.forEach((p, i) => {
      const el = buildParagraph(p, i, emPerSize);
      if (i === 0) el.style.marginTop = px(p.y);
      paragraphs.push(el);
      fragment.appendChild(el);
      lines += p.b.length;
    });
    body.appendChild(fragment);
    content.append(title, byline);
    if (link) content.append(link);
    content.append(body);
    built = { title, byline, link, body, paragraphs, blocks: [title, byline, ...(link ? [link] : []), ...paragraphs] };
    stats.lastBuildMs = performance.now() - started;
    stats.builds++;
    stats.lines = lines;
  }

  function place(g) {
    layer.style.left = px(g[S.x]);
    layer.style.top = px(g[S.y]);
    layer.style.width = px(g[S.w]);
    layer.style.height = px(g[S.h]);
    content.style.height = px(g[S.scrollMaxY] + g[S.h]);
    if (!built) return;
    const left = px(g[S.bodyLeft]);
    const width = px(g[S.measure]);
    for (const [el, top] of [[built.title, S.titleTop], [built.byline, S.metaTop], [built.link, S.linkTop], [built.body, S.bodyTop]]) {
      if (!el) continue;
      el.style.left = left;
      el.style.top = px(g[top]);
      el.style.width = width;
    }
  }

  function syncScroll(g) {
    const target = g[S.scrollY];
    if (Math.abs(layer.scrollTop - target) >= 1) {
      layer.scrollTop = target;
      expectedScrollTop = layer.scrollTop;
    }
  }

  function updatePointer() {
    let over = false;
    for (const r of overlays) {
      if (pointer.x >= r[0] && pointer.x < r[0] + r[2] && pointer.y >= r[1] && pointer.y < r[1] + r[3]) over = true;
    }
    const none = isBlocked || over;
    layer.classList.toggle('tl-passive', none);
  }

  function update() {
    const g = view();
    if (!g[S.shown] || !isEnabled) {
      if (!layer.hidden) layer.hidden = true;
      if (builtVersion !== g[S.version]) { builtVersion = g[S.version]; build(null, g); }
      return;
    }
    layer.hidden = false;
    if (builtVersion !== g[S.version]) {
      builtVersion = g[S.version];
      const started = performance.now();
      const data = JSON.parse(mod.ccall('bs_text_layer_content', 'string', [], []));
      stats.lastJsonMs = performance.now() - started;
      build(data, g);
    }
    place(g);
    syncScroll(g);
    isBlocked = g[S.blocked] !== 0;
    overlays = [];
    for (let i = 0; i < g[S.overlayCount]; i++) overlays.push(Array.from(g.subarray(S.overlays + 4 * i, S.overlays + 4 * i + 4)));
    updatePointer();
  }

  // The user (wheel, touch, keyboard in the layer) or the browser's find scrolled it.
  layer.addEventListener('scroll', () => {
    if (Math.abs(layer.scrollTop - expectedScrollTop) < 1) return;
    expectedScrollTop = layer.scrollTop;
    mod._bs_set_reader_scroll(layer.scrollTop);
  }, { passive: true });

  // The browser's find (window.find; Ctrl+F's bar scrolls by itself) and
  // keyboard selection move the selection without scrolling an overflow
  // box: bring its moving end into view, and the reader follows the scroll.
  document.addEventListener('selectionchange', () => {
    const s = window.getSelection();
    if (!s || !s.rangeCount || !s.focusNode || !layer.contains(s.focusNode) || layer.hidden) return;
    const focus = document.createRange();
    focus.setStart(s.focusNode, s.focusOffset);
    let r = focus.getBoundingClientRect();
    if (!r.height) {
      const element = s.focusNode.nodeType === Node.ELEMENT_NODE ? s.focusNode : s.focusNode.parentElement;
      r = element.getBoundingClientRect();
    }
    const box = layer.getBoundingClientRect();
    if (r.top >= box.top && r.bottom <= box.bottom) return;
    layer.scrollTop += r.top - box.top - box.height * 0.3;
  });

  // Popups and floating ImGui windows over the reader get the mouse.
  document.addEventListener('pointermove', (e) => {
    pointer = { x: e.clientX, y: e.clientY };
    if (overlays.length) updatePointer();
  }, { passive: true, capture: true });

  // Triple-click: the whole paragraph (each line is its own block, which
  // the browser's own triple-click would stop at).
  layer.addEventListener('click', (e) => {
    if (e.detail !== 3) return;
    const block = e.target.closest && e.target.closest('.tl-p, .tl-block');
    if (!block) return;
    const range = document.createRange();
    range.selectNodeContents(block);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  });

  // Copy exactly the text selected: each block's part of the range read back
  // as text (lines and the spaces between them), blocks joined by a blank line.
  function selectedText(range) {
    if (!built) return null;
    const parts = [];
    for (const block of built.blocks) {
      if (!range.intersectsNode(block)) continue;
      const part = document.createRange();
      part.selectNodeContents(block);
      if (range.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
      if (range.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
      const text = part.toString();
      if (text) parts.push(text);
    }
    return parts.join('\n\n');
  }
  document.addEventListener('copy', (e) => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!layer.contains(range.commonAncestorContainer) && !range.intersectsNode(content)) return;
    const text = selectedText(range);
    if (text === null || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  });

  document.addEventListener('broadsheet:module', (e) => {
    mod = e.detail;
    // Called by C++ inside the frame; the DOM follows in the same animation frame.
    mod.bsTextLayer = { changed: () => queueMicrotask(update) };
  });

  function install() { document.body.appendChild(layer); }
  if (document.body) install();
  else document.addEventListener('DOMContentLoaded', install);

  // For tests and benchmarks.
  window.broadsheetTextLayer = {
    element: layer,
    stats: () => ({ ...stats }),
    lineRects: () => JSON.parse(mod.ccall('bs_text_layer_line_rects', 'string', [], [])),
    domLineRects: () => Array.from(layer.querySelectorAll('.tl-l')).map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.left, y: r.top, w: r.width, h: r.height, text: el.textContent };
    }),
    setEnabled: (on) => { isEnabled = !!on; builtVersion = -1; mod._bs_request_frames(); },
    selectedText: () => {
      const s = window.getSelection();
      return s && s.rangeCount ? selectedText(s.getRangeAt(0)) : '';
    },
  };
})();
