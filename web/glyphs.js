// Draws the glyphs the app's TTF lacks (CJK, Hangul, Indic, Thai, Arabic,
// Hebrew, colour emoji, ...) with the browser's own fonts, for the ImGui
// font loader in src/platform/web_font_loader.cpp, which copies the pixels
// into ImGui's atlas. Sizes are CSS font sizes in device pixels, so glyphs
// come out crisp at any zoom and devicePixelRatio.
//
// window.broadsheetGlyphs:
//   loadFace()              loads the page's "Broadsheet Sans" face (a Promise)
//   glyph(cp, px)           {advance, x0, y0, w, h, colored} in device px; pixels wait for takePixels
//   takePixels(cp, px, heap, at)  copies that glyph's RGBA (w*h*4) into heap at `at`
//   prewarm(cps, px)        draws many code points in one pass and one readback
//   stats                   {glyphs, ms, batches, batchedGlyphs, batchMs}: what drawing cost
(function () {
  'use strict';

  const FAMILY = '"Broadsheet Sans", sans-serif';
  const NBSP = '\u00A0';
  const IS_MARK = /^\p{M}$/u;
  // A code point whose default look is an emoji (☔, ⭐): with VS16 the
  // browser picks its colour emoji font even where "Broadsheet Sans" (DejaVu)
  // has a plain outline of it.
  const IS_EMOJI = /^\p{Emoji_Presentation}$/u;
  const VS16 = '\uFE0F';
  const ROW_WIDTH = 2048;  // batch canvas width in device px
  const MAX_PENDING = 8192;

  let canvas = null;
  let ctx = null;
  // Glyphs drawn but not yet copied into the atlas, by `${px}:${cp}`.
  const pending = new Map();
  const stats = { glyphs: 0, ms: 0, batches: 0, batchedGlyphs: 0, batchMs: 0 };

  // One canvas for everything, grown as needed. willReadFrequently keeps it
  // on the CPU: every use ends in a getImageData.
  function canvasOfAtLeast(w, h) {
    if (!canvas) {
      canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(w, h) : document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      ctx = canvas.getContext('2d', { willReadFrequently: true });
    } else if (canvas.width < w || canvas.height < h) {
      canvas.width = Math.max(canvas.width, w);
      canvas.height = Math.max(canvas.height, h);
    }
    return ctx;
  }

  // Where and how big one glyph is. A combining mark drawn alone would get
  // a dotted circle from the shaper, so it is drawn after a no-break space
  // and placed relative to the end of that space: over the previous letter.
  function measure(cp, px) {
    const ch = String.fromCodePoint(cp);
    const isMark = IS_MARK.test(ch);
    const text = isMark ? NBSP + ch : IS_EMOJI.test(ch) ? ch + VS16 : ch;
    const c = canvasOfAtLeast(1, 1);
    c.font = px + 'px ' + FAMILY;
    const m = c.measureText(text);
    const base = isMark ? c.measureText(NBSP).width : 0;
    const left = Math.ceil(m.actualBoundingBoxLeft);
    const right = Math.ceil(m.actualBoundingBoxRight);
    const ascent = Math.ceil(m.actualBoundingBoxAscent);
    const descent = Math.ceil(m.actualBoundingBoxDescent);
    const hasInk = left + right > 0 && ascent + descent > 0;
    // One pixel of margin around the ink box for antialiasing.
    const w = hasInk ? left + right + 2 : 0;
    const h = hasInk ? ascent + descent + 2 : 0;
    return {
      text, w, h, drawX: left + 1, drawY: ascent + 1,
      advance: m.width - base,
      x0: -(left + 1) - Math.round(base),
      y0: -(ascent + 1),
      colored: false,
      pixels: null,
    };
  }

  function prepare(c, px) {
    c.font = px + 'px ' + FAMILY;
    c.fillStyle = '#fff';
    c.textAlign = 'left';
    c.textBaseline = 'alphabetic';
  }

  // Copies a glyph's box out of a readback. Glyphs drawn in white that come
  // back coloured are colour glyphs (emoji): they keep their colours; the
  // rest become pure white + alpha so ImGui can tint them with the text colour.
  function extract(g, data, stride, ox, oy) {
    const out = new Uint8ClampedArray(g.w * g.h * 4);
    for (let y = 0; y < g.h; y++) {
      const from = ((oy + y) * stride + ox) * 4;
      out.set(data.subarray(from, from + g.w * 4), y * g.w * 4);
    }
    let inked = 0, tinted = 0;
    for (let i = 0; i < out.length; i += 4) {
      if (out[i + 3] < 64) continue;
      inked++;
      const r = out[i], gr = out[i + 1], b = out[i + 2];
      if (Math.max(r, gr, b) - Math.min(r, gr, b) > 40 || Math.max(r, gr, b) < 160) tinted++;
    }
    g.colored = tinted > Math.max(2, inked * 0.02);
    if (!g.colored) {
      for (let i = 0; i < out.length; i += 4) out[i] = out[i + 1] = out[i + 2] = 255;
    }
    g.pixels = out;
  }

  function glyph(cp, px) {
    const key = px + ':' + cp;
    const ready = pending.get(key);
    if (ready) return ready;
    const started = performance.now();
    const g = measure(cp, px);
    if (g.w > 0) {
      const c = canvasOfAtLeast(g.w, g.h);
      c.clearRect(0, 0, g.w, g.h);
      prepare(c, px);
      c.fillText(g.text, g.drawX, g.drawY);
      extract(g, c.getImageData(0, 0, g.w, g.h).data, g.w, 0, 0);
      pending.set(key, g);
      // Glyphs asked for their advance only (very large sizes) are never
      // taken: forget the oldest rather than grow without bound.
      if (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value);
    }
    stats.glyphs++;
    stats.ms += performance.now() - started;
    return g;
  }

  function takePixels(cp, px, heap, at) {
    const key = px + ':' + cp;
    const g = pending.get(key);
    if (!g || !g.pixels) return;
    heap.set(g.pixels, at);
    pending.delete(key);
  }

  // Lays the glyphs out in rows on one canvas, draws them all, reads back once.
  function prewarm(cps, px) {
    const started = performance.now();
    const glyphs = [];
    let x = 0, y = 0, rowH = 0, width = 0;
    for (const cp of cps) {
      const key = px + ':' + cp;
      if (pending.has(key)) continue;
      const g = measure(cp, px);
      if (g.w === 0) continue;
      if (x + g.w > ROW_WIDTH && x > 0) { x = 0; y += rowH; rowH = 0; }
      g.atX = x; g.atY = y; g.key = key;
      x += g.w;
      rowH = Math.max(rowH, g.h);
      width = Math.max(width, x);
      glyphs.push(g);
    }
    if (glyphs.length === 0) return;
    const height = y + rowH;
    const c = canvasOfAtLeast(width, height);
    c.clearRect(0, 0, width, height);
    prepare(c, px);
    for (const g of glyphs) c.fillText(g.text, g.atX + g.drawX, g.atY + g.drawY);
    const data = c.getImageData(0, 0, width, height).data;
    for (const g of glyphs) {
      extract(g, data, width, g.atX, g.atY);
      pending.set(g.key, g);
    }
    stats.batches++;
    stats.batchedGlyphs += glyphs.length;
    stats.batchMs += performance.now() - started;
  }

  // Loads the page's "Broadsheet Sans" face (index.html's @font-face, the
  // bundled TTF) so the first frame's glyphs already see it. The bridge then
  // takes the same file's bytes from the HTTP cache for the wasm side.
  // (A second FontFace built from those bytes would not save the download:
  // a code point it lacks makes the browser try, and fetch, the CSS face.)
  function loadFace() {
    if (!document.fonts || !document.fonts.load) return Promise.resolve();
    return document.fonts.load('16px "Broadsheet Sans"').then(() => {}, () => {});
  }

  window.broadsheetGlyphs = { loadFace, glyph, takePixels, prewarm, stats };
})();
