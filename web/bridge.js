// Boots the wasm app and exposes window.broadsheet, the scripting bridge
// used by the browser tests and by power users. Everything that needs a
// browser API lives here: fetching with progress, reading dropped files and
// folders, the URL hash, localStorage / IndexedDB, the clipboard, downloads.
// The C++ side only ever sees names, bytes and JSON text.
(function () {
  'use strict';

  const statusBox = document.getElementById('status');
  const statusText = document.getElementById('status-text');
  const statusProgress = document.getElementById('status-progress');
  const dropOverlay = document.getElementById('drop-overlay');
  const STORE_PREFIX = 'broadsheet.';

  function showStatus(text, isError, fraction) {
    statusBox.hidden = false;
    statusText.textContent = text;
    statusBox.classList.toggle('error', !!isError);
    statusProgress.hidden = !!isError;
    if (fraction === undefined || fraction === null) statusProgress.removeAttribute('value');
    else statusProgress.value = fraction;
  }

  function formatBytes(n) {
    if (n < 1024) return n + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(0) + ' KB';
    return (n / 1024 / 1024).toFixed(1) + ' MB';
  }

  // Downloads with a byte count for the loading bar. Relative URLs keep the
  // page working from any sub-path.
  const downloads = { loaded: 0, total: 0 };
  function updateDownloadStatus() {
    const of = downloads.total ? ' of ' + formatBytes(downloads.total) : '';
    showStatus('Loading Broadsheet… ' + formatBytes(downloads.loaded) + of, false,
      downloads.total ? Math.min(1, downloads.loaded / downloads.total) : null);
  }
  async function fetchBytes(url, options) {
    const response = await fetch(url, options);
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    const length = Number(response.headers.get('Content-Length')) || 0;
    downloads.total += length;
    if (!response.body || !response.body.getReader) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      downloads.loaded += bytes.length;
      return bytes;
    }
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
      downloads.loaded += value.length;
      updateDownloadStatus();
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) { bytes.set(c, at); at += c.length; }
    return bytes;
  }

  function toBytes(data) {
    if (data instanceof Uint8Array) return data;
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (typeof data === 'string') return new TextEncoder().encode(data);
    throw new TypeError('bytes must be a Uint8Array, ArrayBuffer or string');
  }

  // ---- storage: small things in localStorage, imported files in IndexedDB ----
  const local = {
    get(kind) { try { return localStorage.getItem(STORE_PREFIX + kind); } catch { return null; } },
    set(kind, value) { try { localStorage.setItem(STORE_PREFIX + kind, value); } catch { /* full or disabled */ } },
  };
  function openDb() {
    return new Promise((resolve) => {
      if (!window.indexedDB) { resolve(null); return; }
      const request = indexedDB.open('broadsheet', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('files', { autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
    });
  }
  const dbReady = openDb();
  async function dbRequest(mode, fn) {
    const db = await dbReady;
    if (!db) return null;
    return new Promise((resolve, reject) => {
      const tx = db.transaction('files', mode);
      const request = fn(tx.objectStore('files'));
      tx.oncomplete = () => resolve(request ? request.result : null);
      tx.onerror = () => reject(tx.error);
    });
  }
  const importedFiles = {
    add: (name, bytes) => dbRequest('readwrite', (s) => s.add({ name, bytes })),
    all: () => dbRequest('readonly', (s) => s.getAll()).then((r) => r || []),
    clear: () => dbRequest('readwrite', (s) => s.clear()),
  };

  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  let mod = null;

  // Calls C entry point `name`; each string argument goes as two numbers,
  // (pointer, byte length) of UTF-8 on the heap, freed after the call. Never
  // ccall's 'string': it copies the text onto the 1 MB wasm stack at 4 bytes
  // a character, so 262,000 characters (a pasted page, a long #q=, a big
  // saved setting) overflowed it and corrupted memory.
  function callWithText(name, returnType, args) {
    if (stoppedBecause) throw new Error('Broadsheet has stopped: ' + stoppedBecause);
    const flat = [];
    const owned = [];
    try {
      for (const a of args) {
        if (typeof a !== 'string') { flat.push(a); continue; }
        const size = mod.lengthBytesUTF8(a);
        const ptr = mod._malloc(size + 1);
        if (!ptr) throw new Error('not enough memory for a text of ' + formatBytes(size));
        owned.push(ptr);
        mod.stringToUTF8(a, ptr, size + 1);
        flat.push(ptr, size);
      }
      return mod.ccall(name, returnType, flat.map(() => 'number'), flat);
    } finally {
      for (const ptr of owned) mod._free(ptr);
    }
  }

  function callJson(name, ...args) {
    return JSON.parse(callWithText(name, 'string', args));
  }

  // The wasm side aborted (most likely it ran out of memory: a failed
  // allocation cannot be caught without exceptions). Its state is gone, so
  // say so plainly instead of leaving an overlay up; later calls throw.
  let stoppedBecause = '';
  function reportAbort(what) {
    stoppedBecause = String(what || 'aborted');
    dropOverlay.hidden = true;
    // A failed allocation aborts without a message; asserts are off in release builds.
    showStatus('Broadsheet stopped, most likely because it ran out of memory. Reload the page to go on: ' +
      'the files you added before this one are kept.', true);
    console.error('broadsheet: stopped: ' + stoppedBecause);
  }

  // A short note at the foot of the page (a cut search, a refused file),
  // also in the console; it fades after a while or on a click.
  let noticeTimer = 0;
  function notify(text) {
    console.warn('broadsheet: ' + text);
    let box = document.getElementById('bs-notice');
    if (!box) {
      box = document.createElement('div');
      box.id = 'bs-notice';
      box.setAttribute('role', 'status');
      box.addEventListener('click', () => { box.hidden = true; });
      document.body.appendChild(box);
    }
    box.textContent = text;  // text, never markup: it may quote a hostile name
    box.hidden = false;
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => { box.hidden = true; }, 12000);
  }

  // The search and find fields take this many characters (the C side's kMaxQueryChars).
  function maxQueryChars() { return mod ? mod._bs_max_query_chars() : 1000; }
  // `text` cut to `max` UTF-16 units, never between the halves of a surrogate pair.
  function clipText(text, max) {
    if (text.length <= max) return text;
    const code = text.charCodeAt(max - 1);
    return text.slice(0, code >= 0xD800 && code <= 0xDBFF ? max - 1 : max);
  }

  // ---- memory: a file that cannot fit is refused before it is parsed ----
  // A failed allocation inside the C++ aborts the whole app, so each file's
  // need is estimated and asked for first (bs_can_allocate: malloc, then
  // free); a file that cannot have it is refused and what is loaded stays.
  // Measured peaks of the wasm heap while a file is parsed and indexed (heap
  // growth over the bytes, an upper bound): a JSONL of 80 MB 3.7x its size,
  // a text file of one 80 MB article 7.7x; afterwards 1.8x and 1.3x stay in
  // use. Hence 8x the (inflated) size, plus the copy handed to wasm, plus
  // half the heap in use for the library's own arrays, which grow by
  // doubling as articles are added.
  const MEMORY_FACTOR = 8;
  function gzipInflatedSize(bytes) {
    // The gzip trailer's ISIZE (the inflated size mod 4 GB) of the last member.
    if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return 0;
    const n = bytes.length;
    return (bytes[n - 4] | (bytes[n - 3] << 8) | (bytes[n - 2] << 16) | (bytes[n - 1] << 24)) >>> 0;
  }
  function memoryNeed(bytes) {
    return Math.max(bytes.length, gzipInflatedSize(bytes)) * MEMORY_FACTOR + bytes.length +
      mod._bs_heap_in_use() / 2;
  }
  // null when the file may go in, else the reason it may not.
  function memoryRefusal(name, bytes) {
    const need = memoryNeed(bytes);
    if (mod._bs_can_allocate(need)) return null;
    return memoryMessage(name, bytes);
  }
  function memoryMessage(name, bytes) {
    if (name.length > 200) name = clipText(name, 200) + '…';
    return name + ': not enough memory to add it (' + formatBytes(bytes.length) +
      '); the articles already loaded stay';
  }

  // Names go into every error and article record: a scripted or crafted one
  // of a megabyte is cut (the file's bytes are what matter).
  const MAX_NAME_CHARS = 1000;
  function loadOne(name, bytes) {
    if (name.length > MAX_NAME_CHARS) name = clipText(name, MAX_NAME_CHARS) + '…';
    const ptr = mod._malloc(Math.max(1, bytes.length));
    if (!ptr) return { added: 0, duplicates: 0, errors: [memoryMessage(name, bytes)] };
    try {
      mod.HEAPU8.set(bytes, ptr);
      return callJson('bs_load', name, ptr, bytes.length);
    } finally {
      mod._free(ptr);
    }
  }

  // The one path for bundled, dropped, picked and scripted files.
  // files: a FileList, an array of File, or of {name, bytes}.
  async function loadFiles(files, { persist }) {
    const list = Array.from(files);
    const total = { added: 0, duplicates: 0, errors: [] };
    const isBig = list.length > 20;
    let lastPaint = performance.now();
    for (let i = 0; i < list.length; i++) {
      const file = list[i];
      let name = 'file', bytes;
      try {
        if (typeof File !== 'undefined' && file instanceof File) {
          name = file.webkitRelativePath || file.name;
          bytes = new Uint8Array(await file.arrayBuffer());
        } else {
          name = String(file.name);
          bytes = toBytes(file.bytes);
        }
      } catch (err) {
        total.errors.push(name + ': could not be read: ' + err.message);
        continue;
      }
      // Refused before the "Adding…" status goes up, so none is left behind.
      const refusal = memoryRefusal(name, bytes);
      if (refusal) {
        total.errors.push(refusal);
        notify(refusal);
        continue;
      }
      // A big file blocks the page while it is parsed and indexed: say so first.
      const isBigFile = bytes.length > 4 * 1024 * 1024;
      if (isBigFile) {
        showStatus('Adding ' + name + ' (' + formatBytes(bytes.length) + ')…', false, isBig ? i / list.length : null);
        await new Promise((r) => setTimeout(r, 30));
      }
      const result = loadOne(name, bytes);
      if (isBigFile && !isBig && !statusBox.classList.contains('error')) statusBox.hidden = true;
      total.added += result.added;
      total.duplicates += result.duplicates;
      total.errors.push(...result.errors);
      if (persist && result.added > 0) {
        try { await importedFiles.add(name, bytes); } catch (err) {
          total.errors.push(name + ': added, but this browser would not keep it for the next visit (' + err.message + ')');
        }
      }
      // Big drops: show progress and let the page breathe every ~100 ms.
      if (isBig && performance.now() - lastPaint > 100) {
        showStatus('Adding files… ' + (i + 1) + ' of ' + list.length, false, (i + 1) / list.length);
        await new Promise((r) => setTimeout(r, 0));
        lastPaint = performance.now();
      }
    }
    if (isBig && !statusBox.classList.contains('error')) statusBox.hidden = true;
    return total;
  }

  // Walks dropped folders (webkitGetAsEntry) so a whole directory can be dropped.
  async function filesFromDrop(dataTransfer) {
    const entries = Array.from(dataTransfer.items || [])
      .map((item) => (item.webkitGetAsEntry ? item.webkitGetAsEntry() : null))
      .filter(Boolean);
    if (entries.length === 0) return Array.from(dataTransfer.files || []);
    const files = [];
    async function walk(entry, prefix) {
      if (entry.isFile) {
        const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
        files.push({ name: prefix + file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      } else if (entry.isDirectory) {
        const reader = entry.createReader();
        for (;;) {
          const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
          if (batch.length === 0) break;
          for (const child of batch) await walk(child, prefix + entry.name + '/');
        }
      }
    }
    for (const entry of entries) await walk(entry, '');
    return files;
  }

  function reportProblems(result) {
    if (result.errors.length) console.warn('broadsheet: some files were not added:\n' + result.errors.join('\n'));
  }

  function installDropTarget() {
    let depth = 0;
    window.addEventListener('dragenter', (e) => { e.preventDefault(); depth++; dropOverlay.hidden = false; });
    window.addEventListener('dragleave', () => { if (--depth <= 0) { depth = 0; dropOverlay.hidden = true; } });
    window.addEventListener('dragover', (e) => e.preventDefault());
    window.addEventListener('drop', async (e) => {
      e.preventDefault();
      depth = 0;
      dropOverlay.hidden = true;
      reportProblems(await loadFiles(await filesFromDrop(e.dataTransfer), { persist: true }));
    });
  }

  // Services the C++ side calls (src/platform/web_ui_host.cpp, web_platform.cpp).
  const host = {
    copyText(text) {
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(() => host.copyTextFallback(text));
      } else {
        host.copyTextFallback(text);
      }
    },
    copyTextFallback(text) {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      try { document.execCommand('copy'); } catch { /* nothing more to try */ }
      area.remove();
      document.getElementById('canvas').focus();
    },
    openUrl(url) {
      if (/^https?:\/\//i.test(url)) window.open(url, '_blank', 'noopener');
    },
    pickFiles() {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      input.accept = '.txt,.json,.jsonl,.gz,.html,.htm,.md,.markdown,.xml,.rss,.atom';
      input.onchange = async () => reportProblems(await loadFiles(input.files, { persist: true }));
      input.click();
    },
    download(name, ptr, length) {
      const blob = new Blob([mod.HEAPU8.slice(ptr, ptr + length)], { type: 'application/x-ndjson' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    },
    async removeImported() {
      await importedFiles.clear();
      location.reload();
    },
    setHash(hash, isNewEntry) {
      const target = hash ? '#' + hash : location.pathname + location.search;
      if ((location.hash || '#') === (hash ? '#' + hash : '#')) return;
      if (isNewEntry) history.pushState(null, '', target);
      else history.replaceState(null, '', target);
    },
    save(kind, json) { local.set(kind, json); },
  };

  // Resolves after the next frame the app actually draws.
  function nextDrawnFrame() {
    const before = mod._bs_frames_drawn();
    mod._bs_request_frames();
    return new Promise((resolve) => {
      (function poll() {
        if (mod._bs_frames_drawn() > before) resolve();
        else requestAnimationFrame(poll);
      })();
    });
  }

  function todayInDays() {
    const now = new Date();
    return Math.floor((now.getTime() - now.getTimezoneOffset() * 60000) / 86400000);
  }

  window.broadsheet = {
    ready,
    stats: () => callJson('bs_stats'),
    search: (q) => callJson('bs_search', clipQuery(String(q ?? ''), 'search')),
    open: (id) => mod._bs_open(id) === 1,
    current: () => callJson('bs_current'),
    article: (id) => callJson('bs_article', id),
    errors: () => callJson('bs_errors'),
    find: () => callJson('bs_find_state'),
    textFields: () => callJson('bs_text_fields'),
    readerLines: () => callJson('bs_reader_lines'),
    mark: (id, what, on = true) => callWithText('bs_mark', 'number', [id, String(what), on ? 1 : 0]) === 1,
    hash: () => mod.ccall('bs_get_hash', 'string', [], []),
    exportListed: () => mod._bs_export(),
    frame: () => nextDrawnFrame(),
    framesDrawn: () => mod._bs_frames_drawn(),
    lastFrameUiMs: () => mod._bs_last_ui_ms(),
    load: (files) => loadFiles(files, { persist: true }),
    loadWithoutSaving: (files) => loadFiles(files, { persist: false }),
    // For tests: refuse a file when the heap in use plus its estimated need
    // would pass `bytes` (0: only what the memory can really give), so "too
    // big for memory" can be tried without GBs.
    setMemoryLimit: (bytes) => { mod._bs_set_memory_limit(Number(bytes) || 0); },
    // The wasm heap: bytes in use and the memory's size (both grow, the size never shrinks).
    memory: () => ({ inUse: mod._bs_heap_in_use(), size: mod.HEAPU8.length }),
    // For tests: a C++ allocation (operator new) of `bytes`; past what memory
    // can give, it aborts the app as a real out-of-memory would.
    allocateForTests: (bytes) => mod._bs_allocate_for_tests(bytes),
  };

  // A query or pasted text past the cap is cut there, and the page says so.
  function clipQuery(text, what) {
    const max = maxQueryChars();
    if (text.length <= max) return text;
    notify('The ' + what + ' was cut to its first ' + max.toLocaleString('en') + ' characters (it had ' +
      text.length.toLocaleString('en') + ').');
    return clipText(text, max);
  }

  async function boot() {
    if (typeof WebAssembly !== 'object') {
      showStatus('Broadsheet needs WebAssembly, which this browser does not offer.', true);
      return;
    }
    if (!document.createElement('canvas').getContext('webgl2')) {
      showStatus('Broadsheet needs WebGL2, which this browser or device does not offer.', true);
      return;
    }
    updateDownloadStatus();
    const [wasm, font, manifest] = await Promise.all([
      fetchBytes('broadsheet.wasm'),
      // The page's @font-face downloads the TTF (web/glyphs.js draws with it);
      // the wasm side gets the same bytes from the HTTP cache, not a second download.
      (window.broadsheetGlyphs ? window.broadsheetGlyphs.loadFace() : Promise.resolve())
        .then(() => fetchBytes('fonts/DejaVuSans.ttf', { cache: 'force-cache' })),
      fetch('articles/manifest.json').then((r) => (r.ok ? r.json() : { files: [] })),
    ]);
    const bundledFetch = Promise.all(manifest.files.map(async (name) => ({
      name, bytes: await fetchBytes('articles/' + encodeURIComponent(name)),
    })));
    mod = await createBroadsheetModule({ wasmBinary: wasm.buffer, onAbort: reportAbort });
    mod.bsHost = host;
    // Text to C entry points goes through the heap (the page's other scripts use it too).
    mod.bsCallWithText = callWithText;
    mod.bsClipText = clipText;
    // The page's other scripts (text-layer.js, a11y.js) attach to the module here.
    document.dispatchEvent(new CustomEvent('broadsheet:module', { detail: mod }));
    mod.bsTextInputs = window.BroadsheetTextInputs.create(mod, document.getElementById('canvas'));
    // The font must outlive the app: it is handed over, never freed.
    const fontPtr = mod._malloc(font.length);
    mod.HEAPU8.set(font, fontPtr);
    if (!mod.ccall('bs_init', 'number', ['string', 'number', 'number'], ['#canvas', fontPtr, font.length])) {
      showStatus('Broadsheet could not start WebGL2 on this device.', true);
      return;
    }
    const darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    const sendEnvironment = () => mod._bs_set_environment(todayInDays(), darkQuery && darkQuery.matches ? 1 : 0);
    sendEnvironment();
    if (darkQuery) darkQuery.addEventListener('change', sendEnvironment);
    // devicePixelRatio changes (zoom, another screen) without always firing
    // resize: redraw so the backing store follows it.
    (function watchPixelRatio() {
      if (!window.matchMedia) return;
      const query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
      query.addEventListener('change', () => { mod._bs_request_frames(); watchPixelRatio(); }, { once: true });
    })();
    // A new day (a tab left open overnight) moves "Today" along.
    setInterval(sendEnvironment, 60000);
    for (const kind of ['settings', 'marks', 'positions']) {
      const saved = local.get(kind);
      if (saved) callWithText('bs_restore', null, [kind, saved]);
    }
    // The hash first, so the article it names opens as soon as it loads. It is
    // data from whoever made the link: decoded as plain text and capped (url_state.h).
    const applyHash = () => {
      if (callWithText('bs_set_hash', 'number', [location.hash])) {
        notify('The link was too long: its search was cut to the first ' +
          maxQueryChars().toLocaleString('en') + ' characters.');
      }
    };
    applyHash();
    window.addEventListener('hashchange', applyHash);
    // Paste: into the focused input (the browser's own paste, or at its caret),
    // else into an active ImGui text field (if any), else it is a search.
    document.addEventListener('paste', (e) => {
      const full = e.clipboardData && e.clipboardData.getData('text/plain');
      if (!full) return;
      // Our fields take kMaxQueryChars (their maxlength cuts the browser's own paste).
      const text = clipQuery(full, 'pasted text');
      if (mod.bsTextInputs.paste(e, text)) return;
      e.preventDefault();
      if (!callWithText('bs_paste', 'number', [text])) mod.bsTextInputs.pasteIntoSearch(text);
    });
    installDropTarget();

    reportProblems(await loadFiles(await bundledFetch, { persist: false }));
    const stored = await importedFiles.all().catch(() => []);
    if (stored.length) reportProblems(await loadFiles(stored, { persist: false }));
    await nextDrawnFrame();
    statusBox.hidden = true;
    document.getElementById('canvas').focus();
    resolveReady(window.broadsheet.stats());
  }

  boot().catch((err) => {
    showStatus('Broadsheet failed to start: ' + err.message, true);
    rejectReady(err);
  });
})();
