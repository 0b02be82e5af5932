// Shaped text for the scripts ImGui cannot draw code point by code point
// (Arabic, Hebrew, Indic, Thai, ...; src/core/text_script.h decides which).
// The browser does the hard parts: Intl.Segmenter finds the word breaks
// (Thai words have no spaces between them), the canvas shapes (Arabic
// joining, Indic conjuncts, mark stacking) and runs the Unicode bidi
// algorithm (ctx.direction). Two services, called from C++
// (src/platform/web_text_shaping.cpp):
//   layoutInto(...)  breaks a paragraph into lines at a width: UTF-8 byte ranges
//   renderLine(...)  draws one line at device-pixel size into a WebGL texture
//                    (texImage2D from the canvas: no CPU readback)
(function () {
  'use strict';

  // The app's font first (another script adds the @font-face), then the
  // system's fonts for the scripts DejaVu Sans lacks.
  const FAMILY = '"Broadsheet Sans", sans-serif';
  // The image reaches above and below the line box: Thai and Arabic marks
  // stack above the ascent, Devanagari vowel signs hang below the descent.
  const PAD_TOP_EM = 0.45, HEIGHT_EM = 1.9, PAD_X_EM = 0.25;

  let generation = 0;     // bumped when a web font arrives: layouts and images are stale
  let onChange = null;
  function invalidate() {
    generation++;
    widthCache.clear();
    if (onChange) onChange();
  }
  if (document.fonts && document.fonts.addEventListener) {
    document.fonts.addEventListener('loadingdone', invalidate);
  }

  const measureCanvas = document.createElement('canvas');
  const measureCtx = measureCanvas.getContext('2d');
  const drawCanvas = document.createElement('canvas');
  const drawCtx = drawCanvas.getContext('2d');

  // Word widths per font size: articles repeat words, and measureText is the cost.
  const widthCache = new Map();
  function measure(text, px) {
    const key = px + '\u0000' + text;
    let w = widthCache.get(key);
    if (w === undefined) {
      if (widthCache.size > 50000) widthCache.clear();
      measureCtx.font = px + 'px ' + FAMILY;
      w = measureCtx.measureText(text).width;
      widthCache.set(key, w);
    }
    return w;
  }

  // The language to segment with: the article's when known, else a guess by script.
  const SCRIPT_LANGUAGES = [
    [/[\u0E00-\u0E7F]/, 'th'], [/[\u0E80-\u0EFF]/, 'lo'], [/[\u1780-\u17FF]/, 'km'],
    [/[\u1000-\u109F]/, 'my'], [/[\u0F00-\u0FFF]/, 'bo'], [/[\u0600-\u06FF]/, 'ar'],
    [/[\u0590-\u05FF]/, 'he'], [/[\u0900-\u097F]/, 'hi'], [/[\u0980-\u09FF]/, 'bn'],
    [/[\u0B80-\u0BFF]/, 'ta'],
  ];
  function guessLanguage(text) {
    for (const [re, lang] of SCRIPT_LANGUAGES) if (re.test(text)) return lang;
    return 'en';
  }
  const segmenters = new Map();
  function segmenter(lang, granularity) {
    const key = lang + ':' + granularity;
    if (!segmenters.has(key)) {
      let s = null;
      try { s = new Intl.Segmenter(lang, { granularity }); } catch { s = null; }
      segmenters.set(key, s);
    }
    return segmenters.get(key);
  }

  // Scripts written without spaces: a break may fall between two words.
  const SPACELESS = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u0F00-\u0FFF\u3040-\u30FF\u3400-\u9FFF]/;
  const SPACE_AT_END = /\s$/;
  // Never at the start of a line: Thai/Lao repetition and abbreviation marks,
  // Khmer signs, closing punctuation.
  const NO_BREAK_BEFORE = /^[\u0E2F\u0E46\u0EAF\u0EC6\u17D4-\u17D6)\]}\u00BB\u201D\u2019.,;:!?\u060C\u061B\u061F\u0964\u0965]/;

  // Unbreakable units [start, end) in UTF-16 indices: a word with what sticks
  // to it (punctuation) and the spaces after it.
  function units(text, lang) {
    const seg = segmenter(lang, 'word');
    if (!seg) {
      const out = [];
      const re = /\S+\s*|\s+/g;
      let m;
      while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
      return out;
    }
    const out = [];
    let start = 0, prev = null;
    for (const s of seg.segment(text)) {
      if (prev) {
        const afterSpace = SPACE_AT_END.test(prev.segment) && !/^\s/.test(s.segment);
        const betweenWords = prev.isWordLike && s.isWordLike && SPACELESS.test(s.segment) && SPACELESS.test(prev.segment);
        if ((afterSpace || betweenWords) && !NO_BREAK_BEFORE.test(s.segment)) { out.push([start, s.index]); start = s.index; }
      }
      prev = s;
    }
    if (start < text.length) out.push([start, text.length]);
    return out;
  }

  // UTF-8 byte offset of every UTF-16 index (C++ works in bytes).
  function utf8Offsets(text) {
    const at = new Uint32Array(text.length + 1);
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      at[i] = bytes;
      const c = text.charCodeAt(i);
      if (c < 0x80) bytes += 1;
      else if (c < 0x800) bytes += 2;
      else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length) { at[i + 1] = bytes; bytes += 4; i++; }
      else bytes += 3;
    }
    at[text.length] = bytes;
    return at;
  }

  function trimEnd(text, start, end) {
    while (end > start && /\s/.test(text[end - 1])) end--;
    return end;
  }

  // Greedy fit: [[start, end, width]] in UTF-16 indices, trailing spaces not in the line.
  function breakLines(text, lang, px, maxWidth) {
    const lines = [];
    let lineStart = -1, lineEnd = 0, width = 0;
    const flush = () => {
      if (lineStart < 0) return;
      const end = trimEnd(text, lineStart, lineEnd);
      lines.push([lineStart, end]);
      lineStart = -1;
      width = 0;
    };
    for (const [a, b] of units(text, lang)) {
      const inkEnd = trimEnd(text, a, b);
      const word = measure(text.slice(a, inkEnd), px);
      const full = inkEnd === b ? word : measure(text.slice(a, b), px);
      if (lineStart >= 0 && width + word > maxWidth) flush();
      if (lineStart < 0 && word > maxWidth) {
        // A word wider than the line: cut it between graphemes.
        const graphemes = segmenter(lang, 'grapheme');
        const cuts = graphemes ? Array.from(graphemes.segment(text.slice(a, inkEnd)), (g) => a + g.index).slice(1) : [];
        cuts.push(b);
        let pieceStart = a, last = a;
        for (const cut of cuts) {
          if (last > pieceStart && measure(text.slice(pieceStart, cut), px) > maxWidth) {
            lines.push([pieceStart, last]);
            pieceStart = last;
          }
          last = cut;
        }
        lineStart = pieceStart;
        lineEnd = b;
        width = measure(text.slice(pieceStart, b), px);
        continue;
      }
      if (lineStart < 0) lineStart = a;
      lineEnd = b;
      width += full;
    }
    flush();
    if (lines.length === 0) lines.push([0, 0]);
    return lines;
  }

  window.broadsheetShaping = {
    generation: () => generation,
    // fn() is called when fonts change (the app redraws).
    attach(fn) { onChange = fn; },
    // Lays everything out again (the Thai dictionary arrived, say).
    invalidate,
    guessLanguage,
    breakLines,
    measure,

    // Lays out `text` and writes [beginByte, endByte, width * 64] per line to
    // heapU32 from index `at`, at most `capacity` lines. Returns the line count.
    layoutInto(heapU32, at, capacity, text, lang, px, maxWidth) {
      const offsets = utf8Offsets(text);
      const lines = breakLines(text, lang || guessLanguage(text), px, maxWidth);
      const n = Math.min(lines.length, capacity);
      for (let i = 0; i < n; i++) {
        const [a, b] = lines[i];
        measureCtx.font = px + 'px ' + FAMILY;
        heapU32[at + 3 * i] = offsets[a];
        heapU32[at + 3 * i + 1] = offsets[b];
        heapU32[at + 3 * i + 2] = Math.round(measureCtx.measureText(text.slice(a, b)).width * 64);
      }
      return n;
    },

    // Draws `text` (one line) in `colour` (CSS) with the browser's shaping and
    // bidi, at px * dpr device pixels, and uploads it into `texture`. The
    // baseline sits `ascent` CSS px below the line's top. Writes [text width,
    // image width, image height, image x, image y] (CSS px; the image's
    // top-left relative to the line's start and top) to heapF32 from `at`.
    renderLine(gl, texture, text, px, ascent, isRtl, colour, dpr, heapF32, at) {
      const size = px * dpr;
      drawCtx.font = size + 'px ' + FAMILY;
      const textWidth = drawCtx.measureText(text).width;
      const padX = Math.ceil(PAD_X_EM * size), padTop = Math.ceil(PAD_TOP_EM * size);
      const w = Math.max(1, Math.ceil(textWidth) + 2 * padX), h = Math.ceil(HEIGHT_EM * size);
      if (drawCanvas.width !== w || drawCanvas.height !== h) {
        drawCanvas.width = w;   // resizing clears and resets the context state
        drawCanvas.height = h;
      } else {
        drawCtx.clearRect(0, 0, w, h);
      }
      drawCtx.font = size + 'px ' + FAMILY;
      drawCtx.direction = isRtl ? 'rtl' : 'ltr';
      drawCtx.textAlign = 'left';
      drawCtx.textBaseline = 'alphabetic';
      drawCtx.fillStyle = colour;
      drawCtx.fillText(text, padX, padTop + ascent * dpr);

      const previous = gl.getParameter(gl.TEXTURE_BINDING_2D);
      const rowLength = gl.getParameter(gl.UNPACK_ROW_LENGTH);
      gl.bindTexture(gl.TEXTURE_2D, texture);
      gl.pixelStorei(gl.UNPACK_ROW_LENGTH, 0);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, drawCanvas);
      gl.pixelStorei(gl.UNPACK_ROW_LENGTH, rowLength);
      gl.bindTexture(gl.TEXTURE_2D, previous);

      heapF32[at] = textWidth / dpr;
      heapF32[at + 1] = w / dpr;
      heapF32[at + 2] = h / dpr;
      heapF32[at + 3] = -padX / dpr;
      heapF32[at + 4] = -padTop / dpr;
    },
  };
})();
