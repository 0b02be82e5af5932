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
  // Database 'broadsheet' v2: 'files' {name, bytes, importId} (index importId)
  // and 'imports' {id, ...}: each drop's record as the App keeps it
  // (src/app/imports.h), written before its files so a reload mid-drop can
  // say how many of its files were kept. Every failure is reported: a full
  // quota aborts the transaction (onabort, not only onerror), a database
  // that fails to open or never answers is said so and the bundled articles
  // load all the same.
  const local = {
    get(kind) { try { return localStorage.getItem(STORE_PREFIX + kind); } catch { return null; } },
    set(kind, value) { try { localStorage.setItem(STORE_PREFIX + kind, value); } catch { /* full or disabled */ } },
  };
  const DB_TIMEOUT_MS = Number(window.BROADSHEET_DB_TIMEOUT_MS) || 10000;
  const BATCH_FILES = 200;                    // files per write transaction
  const BATCH_BYTES = 16 * 1024 * 1024;
  const storage = { problem: '' };            // why stored imports are not available, '' when they are
  function problemOf(err) {
    if (!err) return 'the write was cancelled';
    if (err.name === 'QuotaExceededError') return 'quota';
    return err.message || err.name || String(err);
  }
  function openDb() {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (db, problem) => {
        if (settled) { if (db) db.close(); return; }
        settled = true;
        clearTimeout(timer);
        if (problem) storage.problem = problem;
        resolve(db);
      };
      const timer = setTimeout(() => settle(null, 'this browser\'s storage did not answer in ' +
        Math.round(DB_TIMEOUT_MS / 1000) + ' s: imported files were not restored and new ones are not kept'), DB_TIMEOUT_MS);
      if (!window.indexedDB) { settle(null, 'this browser offers no storage for imported files'); return; }
      let request;
      try { request = indexedDB.open('broadsheet', 2); } catch (err) {
        settle(null, 'this browser\'s storage could not be opened (' + problemOf(err) + ')');
        return;
      }
      request.onupgradeneeded = (e) => {
        const db = request.result;
        const files = e.oldVersion < 1 ? db.createObjectStore('files', { autoIncrement: true })
          : request.transaction.objectStore('files');
        if (!files.indexNames.contains('importId')) files.createIndex('importId', 'importId');
        const imports = db.createObjectStore('imports', { keyPath: 'id' });
        if (e.oldVersion < 1) return;
        // Files kept before imports had records become one import, removable like any other.
        let count = 0;
        files.openCursor().onsuccess = (ev) => {
          const cursor = ev.target.result;
          if (cursor) {
            if (cursor.value.importId === undefined) { cursor.update({ ...cursor.value, importId: 1 }); count++; }
            cursor.continue();
          } else if (count) {
            imports.put({ id: 1, name: 'Files added before imports were listed', when: 0, files: count,
              filesLoaded: count, kept: count, finished: true, added: 0, duplicates: 0, errors: [], duplicateList: [] });
          }
        };
      };
      request.onsuccess = () => settle(request.result);
      request.onerror = () => settle(null, 'this browser\'s storage could not be opened (' + problemOf(request.error) + ')');
      request.onblocked = () => { /* another tab holds the old version; the timeout reports it if it never ends */ };
    });
  }
  const dbReady = openDb();
  // One transaction; resolves with fn's value when it commits, rejects when it
  // errs or aborts (a full quota shows only as an abort).
  async function dbTransaction(stores, mode, fn, options) {
    const db = await dbReady;
    if (!db) throw new Error(storage.problem || 'no storage');
    return new Promise((resolve, reject) => {
      let tx, value, thrown = null, done = false;
      const fail = (err) => { if (!done) { done = true; reject(err); } };
      try {
        tx = options ? db.transaction(stores, mode, options) : db.transaction(stores, mode);
        // fn may return a function: its value, read once the transaction committed.
        tx.oncomplete = () => { if (!done) { done = true; resolve(typeof value === 'function' ? value() : value); } };
        tx.onerror = (e) => { e.preventDefault(); thrown = thrown || (e.target && e.target.error); try { tx.abort(); } catch { /* already ending */ } };
        // The transaction's own error first: a later request of an aborted one throws a less useful one.
        tx.onabort = () => fail(tx.error || thrown || new DOMException('the transaction was aborted', 'AbortError'));
        value = fn(tx);
      } catch (err) {
        thrown = err;
        if (!tx) { fail(err); return; }
        try { tx.abort(); } catch { /* already aborting: onabort reports */ }
      }
    });
  }
  const forgotten = new Set();                // imports removed this visit: late writes undo themselves
  const storeWrites = new Set();              // writes in flight (broadsheet.storageIdle waits on them)
  function track(promise) {
    const p = promise.catch(() => {}).finally(() => storeWrites.delete(p));
    storeWrites.add(p);
    return promise;
  }
  async function readStoredImports() {
    return dbTransaction(['imports', 'files'], 'readonly', (tx) => {
      const records = tx.objectStore('imports').getAll();
      const files = tx.objectStore('files').getAll();
      return () => ({ records: records.result || [], files: files.result || [] });
    });
  }
  function deleteImport(id) {
    return dbTransaction(['imports', 'files'], 'readwrite', (tx) => {
      tx.objectStore('imports').delete(id);
      const files = tx.objectStore('files');
      files.index('importId').openKeyCursor(IDBKeyRange.only(id)).onsuccess = (e) => {
        const cursor = e.target.result;
        if (cursor) { files.delete(cursor.primaryKey); cursor.continue(); }
      };
    });
  }
  function putRecord(json) {
    const record = JSON.parse(json);
    if (forgotten.has(record.id)) return Promise.resolve();
    return dbTransaction(['imports'], 'readwrite', (tx) => { tx.objectStore('imports').put(record); });
  }

  // Ids are unique among stored imports; known once the stored ones are read.
  let nextImportId = 1;

  // Keeps one drop's files, in batches, each batch with the record as it then
  // stands (so a reload mid-drop finds "kept 140 of 1,500 files").
  class ImportWriter {
    constructor(id) {
      this.id = id;
      this.batch = [];
      this.batchBytes = 0;
      this.kept = 0;
      this.notKept = 0;
      this.problem = '';
      this.inFlight = null;                   // the batch being written (flush never rejects)
    }
    recordJson() { return mod.ccall('bs_import', 'string', ['number'], [this.id]); }
    async start() {
      if (storage.problem) { this.problem = storage.problem; return; }
      try { await track(putRecord(this.recordJson())); } catch (err) { this.problem = problemOf(err); }
    }
    async add(name, bytes) {
      if (this.problem) { this.notKept++; this.report(); return; }
      this.batch.push({ name, bytes, importId: this.id });
      this.batchBytes += bytes.length;
      // One batch is written while the next is parsed; never more than one in flight.
      if (this.batch.length >= BATCH_FILES || this.batchBytes >= BATCH_BYTES) {
        await this.inFlight;
        this.inFlight = this.flush();
      }
    }
    async flush() {
      const batch = this.batch;
      this.batch = [];
      this.batchBytes = 0;
      if (batch.length === 0 || forgotten.has(this.id)) return;
      const record = JSON.parse(this.recordJson());
      record.kept = this.kept + batch.length;
      try {
        // Relaxed durability: a commit need not wait for the disk (measured: the
        // strict default made a 1,000-file drop about 3x slower than not storing it).
        await track(dbTransaction(['files', 'imports'], 'readwrite', (tx) => {
          const files = tx.objectStore('files');
          for (const file of batch) files.add(file);
          tx.objectStore('imports').put(record);
        }, { durability: 'relaxed' }));
        this.kept += batch.length;
        if (forgotten.has(this.id)) await track(deleteImport(this.id)).catch(() => {});
      } catch (err) {
        this.problem = problemOf(err);
        this.notKept += batch.length;
      }
      this.report();
    }
    report() {
      const problem = this.problem && this.notKept
        ? 'this browser would not keep ' + this.notKept.toLocaleString('en') + ' file' + (this.notKept === 1 ? '' : 's') +
          ' for the next visit (' + this.problem + ')' : '';
      mod.ccall('bs_import_storage', null, ['number', 'number', 'string'], [this.id, this.kept, problem]);
    }
    async finish() {
      await this.inFlight;
      await this.flush();
      this.report();
      // The final record is small: it may fit where files did not, and then the
      // next visit can say what was not kept.
      try { await track(putRecord(this.recordJson())); } catch { /* the last stored record stands */ }
    }
  }

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
  // importId: the import the articles belong to (0: none); onAdded(name, bytes)
  // keeps a file that added articles; a removed import stops its drop.
  async function loadFiles(files, { importId = 0, onAdded = null } = {}) {
    const list = Array.from(files);
    const total = { added: 0, duplicates: 0, errors: [], duplicateList: [], files: list.length };
    const isBig = list.length > 20;
    let lastPaint = performance.now();
    try {
      for (let i = 0; i < list.length; i++) {
        if (importId && forgotten.has(importId)) break;
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
          mod.ccall('bs_import_error', null, ['number', 'string', 'string'], [importId, clipText(name, MAX_NAME_CHARS), 'could not be read: ' + err.message]);
          continue;
        }
        // Refused before the "Adding…" status goes up, so none is left behind.
        const refusal = memoryRefusal(name, bytes);
        if (refusal) {
          total.errors.push(refusal);
          mod.ccall('bs_import_error', null, ['number', 'string', 'string'], [importId, clipText(name, MAX_NAME_CHARS), refusal.startsWith(name + ': ') ? refusal.slice(name.length + 2) : refusal]);
          notify(refusal);
          continue;
        }
        // A big file blocks the page while it is parsed and indexed: say so first.
        const isBigFile = bytes.length > 4 * 1024 * 1024;
        if (isBigFile) {
          showStatus('Adding ' + name + ' (' + formatBytes(bytes.length) + ')…', false, isBig ? i / list.length : null);
          await new Promise((r) => setTimeout(r, 30));
        }
        mod._bs_set_loading_import(importId);
        const result = loadOne(name, bytes);
        if (isBigFile && !isBig && !statusBox.classList.contains('error')) statusBox.hidden = true;
        total.added += result.added;
        total.duplicates += result.duplicates;
        // Each file's list is capped at 1000 by bs_load; the drop's list is too.
        for (const d of result.duplicateList || []) if (total.duplicateList.length < 1000) total.duplicateList.push(d);
        total.errors.push(...result.errors);
        if (onAdded && result.added > 0) await onAdded(name, bytes);
        // Big drops: show progress and let the page breathe every ~100 ms.
        if (isBig && performance.now() - lastPaint > 100) {
          showStatus('Adding files… ' + (i + 1) + ' of ' + list.length, false, (i + 1) / list.length);
          await new Promise((r) => setTimeout(r, 0));
          lastPaint = performance.now();
        }
      }
    } finally {
      mod._bs_set_loading_import(0);
      if (isBig && !statusBox.classList.contains('error')) statusBox.hidden = true;
    }
    if (total.added > 0) ensureThaiDictionary();
    return total;
  }

  // Loads run one at a time (a drop during another, or during start, waits):
  // each import's files must reach the App under its own id.
  let loadChain = Promise.resolve();
  function serially(fn) {
    const run = loadChain.then(fn);
    loadChain = run.catch(() => {});
    return run;
  }

  function fileName(file) {
    if (typeof File !== 'undefined' && file instanceof File) return file.webkitRelativePath || file.name;
    return String(file && file.name);
  }
  // "news/" for a folder, "a.json" or "a.json + 11 more" for files.
  function importName(list) {
    const names = list.map(fileName);
    const first = names[0] || 'nothing';
    const slash = first.indexOf('/');
    if (names.length > 1 && slash > 0) {
      const folder = first.slice(0, slash + 1);
      if (names.every((n) => n.startsWith(folder))) return folder;
    }
    return names.length > 1 ? first + ' + ' + (names.length - 1).toLocaleString('en') + ' more' : first;
  }

  // A drop, a picked set or broadsheet.load: one import, told on screen when done.
  function importFiles(files) {
    const list = Array.from(files);
    return serially(async () => {
      if (list.length === 0) return { added: 0, duplicates: 0, errors: [], files: 0, importId: 0 };
      const id = nextImportId++;
      mod.ccall('bs_import_begin', null, ['number', 'string', 'number', 'number'], [id, clipText(importName(list), MAX_NAME_CHARS), Date.now(), list.length]);
      const writer = new ImportWriter(id);
      activeWriters.add(id);
      try {
        await writer.start();
        const total = await loadFiles(list, { importId: id, onAdded: (name, bytes) => writer.add(name, bytes) });
        mod._bs_import_end(id);
        await writer.finish();
        const record = callJson('bs_import', id);
        total.importId = id;
        total.summary = record ? record.summary : '';
        total.storageProblem = record ? record.storageProblem : '';
        reportProblems(total);
        return total;
      } finally {
        activeWriters.delete(id);
      }
    });
  }
  const activeWriters = new Set();            // imports whose ImportWriter writes their record

  // A stored record crosses on the heap: one with thousands of errors is too big for the stack.
  function restoreRecord(record) {
    const json = JSON.stringify(record);
    const size = mod.lengthBytesUTF8(json);
    const ptr = mod._malloc(size + 1);
    try {
      mod.stringToUTF8(json, ptr, size + 1);
      return mod._bs_import_restore(ptr, size);
    } finally {
      mod._free(ptr);
    }
  }

  // Brings back every stored import with its record. Returns true when
  // everything stored was read (only then may marks of missing articles go).
  async function restoreImports() {
    let stored = null;
    try {
      stored = await Promise.race([readStoredImports(), new Promise((_, reject) => setTimeout(
        () => reject(new Error('no answer in ' + Math.round(DB_TIMEOUT_MS / 1000) + ' s')), DB_TIMEOUT_MS))]);
    } catch (err) {
      if (!storage.problem) storage.problem = 'stored imports could not be read (' + problemOf(err) + ')';
    }
    if (!stored) {
      mod.ccall('bs_import_error', null, ['number', 'string', 'string'], [0, 'Imported files', storage.problem]);
      console.warn('broadsheet: ' + storage.problem);
      return false;
    }
    const filesOf = new Map();
    for (const f of stored.files) {
      const id = f.importId || 1;
      if (!filesOf.has(id)) filesOf.set(id, []);
      filesOf.get(id).push(f);
    }
    const records = stored.records.slice();
    for (const [id, files] of filesOf) {
      // Files whose record never got written: still an import, still removable.
      if (!records.some((r) => r.id === id)) {
        records.push({ id, name: 'Recovered files', when: 0, files: files.length, filesLoaded: files.length,
          kept: files.length, finished: true });
      }
    }
    records.sort((a, b) => a.id - b.id);
    for (const r of records) nextImportId = Math.max(nextImportId, r.id + 1);
    for (const record of records) {
      const id = restoreRecord(record);
      if (!id) continue;
      await loadFiles(filesOf.get(record.id) || [], { importId: id });
      mod._bs_import_end(id);
    }
    return true;
  }

  // The Thai word list (~100 KB gzip) is fetched only once an article has
  // Thai, so a visitor who reads none never downloads it. It arrives after
  // the articles: the core re-indexes them (Thai words instead of cluster
  // bigrams) and the reader lays out again.
  let thaiDictionary = null;   // the promise of its word count, once asked for
  function ensureThaiDictionary() {
    if (thaiDictionary || !mod._bs_wants_thai_dictionary()) return thaiDictionary;
    // Plain fetch, not fetchBytes: it comes after start-up, without the loading bar.
    thaiDictionary = fetch('dict/thai-words.txt').then(async (response) => {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const ptr = mod._malloc(Math.max(1, bytes.length));
      try {
        mod.HEAPU8.set(bytes, ptr);
        return mod._bs_set_thai_dictionary(ptr, bytes.length);
      } finally {
        mod._free(ptr);
        if (window.broadsheetShaping) window.broadsheetShaping.invalidate();
      }
    }).catch((err) => {
      // Search and line breaks still work on Thai clusters without it.
      console.warn('Thai dictionary not loaded: ' + err.message);
      return 0;
    });
    return thaiDictionary;
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

  // The drop report is on screen (src/ui/draw_imports.cpp); the console gets the details too.
  function reportProblems(result) {
    if (result.errors.length) console.warn('broadsheet: some files were not added:\n' + result.errors.join('\n'));
    if (result.storageProblem) console.warn('broadsheet: ' + result.storageProblem);
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
      importFiles(await filesFromDrop(e.dataTransfer));
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
      input.onchange = () => importFiles(input.files);
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
    // After "Remove everything imported" was confirmed (the App removed the
    // articles and marks): nothing imported stays stored, older files included.
    removeImported() {
      return track(dbTransaction(['files', 'imports'], 'readwrite', (tx) => {
        tx.objectStore('files').clear();
        tx.objectStore('imports').clear();
      })).catch((err) => console.warn('broadsheet: stored imports could not be cleared (' + problemOf(err) + ')'));
    },
    // An import was removed (src/platform/web_imports.cpp): its files and record go.
    forgetImport(id) {
      forgotten.add(id);
      track(deleteImport(id)).catch((err) => console.warn('broadsheet: import ' + id + ' could not be removed from storage (' + problemOf(err) + ')'));
    },
    // An import's record changed (errors dismissed, storage found out); a drop
    // being written stores its own record when it ends.
    saveImport(id, json) {
      if (forgotten.has(id) || activeWriters.has(id) || storage.problem) return;
      track(putRecord(json)).catch(() => { /* the record as stored before stands */ });
    },
    setHash(hash, isNewEntry) {
      const target = hash ? '#' + hash : location.pathname + location.search;
      if ((location.hash || '#') === (hash ? '#' + hash : '#')) return;
      if (isNewEntry) history.pushState(null, '', target);
      else history.replaceState(null, '', target);
    },
    save(kind, json) { local.set(kind, json); },
  };

  // Marks and positions once grew without bound and, past ~262,000 characters,
  // made every start fail: what crosses is capped to the newest (src/app/marks.h).
  function capped(kind, text) {
    if (!text || text.length <= 150000 || kind === 'settings') return text;
    try {
      const saved = JSON.parse(text);
      if (kind === 'marks') {
        return JSON.stringify({ read: (saved.read || []).slice(-6000), starred: (saved.starred || []).slice(-2000) });
      }
      return JSON.stringify(Object.fromEntries(Object.entries(saved).slice(-4000)));
    } catch {
      return null;
    }
  }

  // Resolves when no storage write is in flight.
  async function storageIdle() {
    while (storeWrites.size) await Promise.all([...storeWrites]);
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
    // An import, as a drop: {added, duplicates, errors, files, importId, summary, storageProblem}.
    load: (files) => importFiles(files),
    loadWithoutSaving: (files) => serially(() => loadFiles(files)),
    // Imports (src/app/imports.h), each with "articlesNow" and "summary".
    imports: () => callJson('bs_imports'),
    removeImport: async (id) => { const done = mod._bs_remove_import(id) === 1; await storageIdle(); return done; },
    // Scripts are not asked; the "Remove everything imported" button asks first.
    removeAllImports: async () => { mod._bs_remove_all_imports(); await host.removeImported(); await storageIdle(); },
    dismissImportErrors: async (id) => { mod._bs_dismiss_import_errors(id); await storageIdle(); },
    importsUi: () => callJson('bs_imports_ui'),
    storageProblem: () => storage.problem,
    storageIdle: () => storageIdle(),
    // For tests: refuse a file when the heap in use plus its estimated need
    // would pass `bytes` (0: only what the memory can really give), so "too
    // big for memory" can be tried without GBs.
    setMemoryLimit: (bytes) => { mod._bs_set_memory_limit(Number(bytes) || 0); },
    // The wasm heap: bytes in use and the memory's size (both grow, the size never shrinks).
    memory: () => ({ inUse: mod._bs_heap_in_use(), size: mod.HEAPU8.length }),
    // For tests: a C++ allocation (operator new) of `bytes`; past what memory
    // can give, it aborts the app as a real out-of-memory would.
    allocateForTests: (bytes) => mod._bs_allocate_for_tests(bytes),
    // Resolves to the Thai dictionary's word count once it is in, null when never asked for.
    thaiDictionary: () => thaiDictionary,
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
      const saved = capped(kind, local.get(kind));
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

    reportProblems(await serially(async () => loadFiles(await bundledFetch)));
    if (await serially(restoreImports)) {
      // Everything stored is back: marks and positions of articles that are gone can go.
      const pruned = callJson('bs_prune_storage');
      if (pruned.marks || pruned.positions) console.info('broadsheet: forgot marks of ' + pruned.marks + ' and positions of ' + pruned.positions + ' articles that no longer exist');
    }
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
