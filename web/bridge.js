// Boots the wasm app and exposes window.broadsheet, the scripting bridge
// used by the browser tests and by power users. All file reading happens
// here (the C++ side only ever sees names and bytes); drag-and-drop and
// broadsheet.load() share one path.
(function () {
  'use strict';

  const statusBox = document.getElementById('status');
  const statusText = document.getElementById('status-text');
  const statusProgress = document.getElementById('status-progress');
  const dropOverlay = document.getElementById('drop-overlay');

  function showStatus(text, isError) {
    statusBox.hidden = false;
    statusText.textContent = text;
    statusBox.classList.toggle('error', !!isError);
    if (isError) statusProgress.hidden = true;
  }

  // Relative URLs keep the page working from any sub-path.
  async function fetchBytes(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    return new Uint8Array(await response.arrayBuffer());
  }

  function toBytes(data) {
    if (data instanceof Uint8Array) return data;
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (typeof data === 'string') return new TextEncoder().encode(data);
    throw new TypeError('bytes must be a Uint8Array, ArrayBuffer or string');
  }

  let resolveReady, rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  let mod = null;

  function callJson(name, ...args) {
    const types = args.map((a) => (typeof a === 'string' ? 'string' : 'number'));
    return JSON.parse(mod.ccall(name, 'string', types, args));
  }

  function loadOne(name, bytes) {
    const ptr = mod._malloc(Math.max(1, bytes.length));
    try {
      mod.HEAPU8.set(bytes, ptr);
      return JSON.parse(mod.ccall('bs_load', 'string', ['string', 'number', 'number'], [name, ptr, bytes.length]));
    } finally {
      mod._free(ptr);
    }
  }

  // files: a FileList, an array of File, or of {name, bytes}.
  async function load(files) {
    const total = { added: 0, duplicates: 0, errors: [] };
    for (const file of Array.from(files)) {
      let name, bytes;
      try {
        if (typeof File !== 'undefined' && file instanceof File) {
          name = file.webkitRelativePath || file.relativePath || file.name;
          bytes = new Uint8Array(await file.arrayBuffer());
        } else {
          name = String(file.name);
          bytes = toBytes(file.bytes);
        }
      } catch (err) {
        total.errors.push((name || 'file') + ': could not be read: ' + err.message);
        continue;
      }
      const result = loadOne(name, bytes);
      total.added += result.added;
      total.duplicates += result.duplicates;
      total.errors.push(...result.errors);
    }
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

  function installDropTarget() {
    let depth = 0;
    window.addEventListener('dragenter', (e) => { e.preventDefault(); depth++; dropOverlay.hidden = false; });
    window.addEventListener('dragleave', () => { if (--depth <= 0) { depth = 0; dropOverlay.hidden = true; } });
    window.addEventListener('dragover', (e) => e.preventDefault());
    window.addEventListener('drop', async (e) => {
      e.preventDefault();
      depth = 0;
      dropOverlay.hidden = true;
      const result = await load(await filesFromDrop(e.dataTransfer));
      if (result.errors.length) console.warn('broadsheet: some files were not added:\n' + result.errors.join('\n'));
    });
  }

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

  window.broadsheet = {
    ready,
    stats: () => callJson('bs_stats'),
    search: (q) => callJson('bs_search', String(q ?? '')),
    open: (id) => mod._bs_open(id) === 1,
    current: () => callJson('bs_current'),
    article: (id) => callJson('bs_article', id),
    errors: () => callJson('bs_errors'),
    load,
  };

  async function boot() {
    if (typeof WebAssembly !== 'object') {
      showStatus('Broadsheet needs WebAssembly, which this browser does not offer.', true);
      return;
    }
    if (!document.createElement('canvas').getContext('webgl2')) {
      showStatus('Broadsheet needs WebGL2, which this browser or device does not offer.', true);
      return;
    }
    showStatus('Loading Broadsheet…');
    const [module, font, manifest] = await Promise.all([
      createBroadsheetModule(),
      fetchBytes('fonts/DejaVuSans.ttf'),
      fetch('articles/manifest.json').then((r) => (r.ok ? r.json() : { files: [] })),
    ]);
    mod = module;
    // The font must outlive the app: it is handed over, never freed.
    const fontPtr = mod._malloc(font.length);
    mod.HEAPU8.set(font, fontPtr);
    if (!mod.ccall('bs_init', 'number', ['string', 'number', 'number'], ['#canvas', fontPtr, font.length])) {
      showStatus('Broadsheet could not start WebGL2 on this device.', true);
      return;
    }
    installDropTarget();
    const bundled = await Promise.all(manifest.files.map(async (name) => ({
      name, bytes: await fetchBytes('articles/' + encodeURIComponent(name)),
    })));
    const result = await load(bundled);
    if (result.errors.length) console.warn('broadsheet: bundled articles with errors:\n' + result.errors.join('\n'));
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
