// frontwatch analyst app: map, timeline, filters and evidence, over the REST API.
// Plain modules, no build step; Leaflet is the global `L` loaded before this file.

const TYPE_COLOURS = {
  "Battles": "#d62728",
  "Explosions/Remote violence": "#f28e1c",
  "Violence against civilians": "#8e44ad",
  "Strategic developments": "#1f77b4",
  "Protests": "#2ca02c",
  "Riots": "#8c564b",
};
const FILTER_KEYS = ["event_type", "sub_event_type", "actor", "country", "certainty", "origin",
  "since", "until", "q"];
const EXPORT_LIMIT = 5000;
const MAX_ZOOM = 12;

const state = { filters: {}, eventId: null, facets: null, bins: [], interval: "day" };
const $ = (sel) => document.querySelector(sel);
const fmt = (n) => Number(n).toLocaleString("en");

export function colour(type) {
  if (TYPE_COLOURS[type]) return TYPE_COLOURS[type];
  let h = 0;
  for (const ch of String(type)) h = (h * 31 + ch.codePointAt(0)) % 360;
  return `hsl(${h} 55% 45%)`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "style") node.style.cssText = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// -- talking to the API --------------------------------------------------------

function query(extra = {}, { dates = true } = {}) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = state.filters[k];
    if (!v || (!dates && (k === "since" || k === "until"))) continue;
    p.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== null) p.set(k, v);
  return p;
}

async function api(path, params, signal) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const res = await fetch(url, { signal, headers: { Accept: "application/json" } });
  // an abort can land while the body is read: it must stay an abort, not an empty answer
  const body = await res.json().catch((e) => {
    if (signal?.aborted || (e && e.name === "AbortError")) throw e;
    return null;
  });
  if (!res.ok) throw new Error(body?.detail || `${res.status} ${res.statusText}`);
  if (body === null) throw new Error(`${path}: the server sent no JSON`);
  return body;
}

function showStatus(msg) {
  $("#status").textContent = msg || "";
}

// Keep the last request of each kind only: a newer one aborts the older.
const inflight = {};
function latest(kind) {
  inflight[kind]?.abort();
  inflight[kind] = new AbortController();
  return inflight[kind].signal;
}
const isAbort = (e) => e && e.name === "AbortError";

// -- state in the address bar ----------------------------------------------------

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  for (const k of FILTER_KEYS) if (p.get(k)) state.filters[k] = p.get(k);
  state.eventId = p.get("event");
  const view = (p.get("map") || "").split("/").map(Number);
  return view.length === 3 && view.every(Number.isFinite) ? view : null;
}

function writeHash() {
  const p = query();
  if (state.eventId) p.set("event", state.eventId);
  if (map) {
    const c = map.getCenter();
    p.set("map", `${map.getZoom()}/${c.lat.toFixed(3)}/${c.lng.toFixed(3)}`);
  }
  history.replaceState(null, "", `#${p}`);
}

// -- filters ------------------------------------------------------------------

const form = $("#filter-form");

function fillSelect(name, values) {
  const sel = form.elements[name];
  const keep = sel.options[0];
  sel.replaceChildren(keep, ...values.map((f) => el("option", { value: f.value },
    `${f.value} (${fmt(f.count)})`)));
}

function syncForm() {
  for (const k of FILTER_KEYS) {
    const input = form.elements[k];
    const v = state.filters[k] || "";
    if (input.tagName === "SELECT" && v && ![...input.options].some((o) => o.value === v)) {
      input.append(el("option", { value: v }, v));
    }
    input.value = v;
    input.classList.toggle("active", Boolean(v));
  }
  const q = query({ format: "csv", limit: EXPORT_LIMIT });
  $("#export-csv").href = `/api/events?${q}`;
  q.set("format", "geojson");
  $("#export-geojson").href = `/api/events?${q}`;
  drawLegend();
}

function setFilters(changes, { timeline = true } = {}) {
  Object.assign(state.filters, changes);
  for (const k of Object.keys(state.filters)) if (!state.filters[k]) delete state.filters[k];
  syncForm();
  writeHash();
  refreshMap();
  if (timeline) refreshTimeline();
  else drawTimeline();
}

let typingTimer = null;
form.addEventListener("input", (e) => {
  const t = e.target;
  if (t.tagName !== "INPUT" || t.type === "date") return;
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => setFilters({ [t.name]: t.value.trim() }), 350);
});
form.addEventListener("change", (e) => {
  const t = e.target;
  if (t.tagName === "SELECT" || t.type === "date") {
    const dates = t.name === "since" || t.name === "until";
    setFilters({ [t.name]: t.value }, { timeline: !dates });
  }
});
form.addEventListener("reset", (e) => {
  e.preventDefault();
  state.filters = {};
  setFilters({});
});

function drawLegend() {
  const list = $("#legend ul");
  const types = state.facets ? state.facets.event_type : [];
  const chosen = state.filters.event_type;
  list.replaceChildren(...types.map((t) => el("li", {
    class: chosen && chosen !== t.value ? "off" : "",
    title: chosen === t.value ? "Show all types" : `Show only ${t.value}`,
    onclick: () => setFilters({ event_type: chosen === t.value ? "" : t.value }),
  }, el("span", { class: "swatch", style: `background:${colour(t.value)}` }), t.value,
  el("span", { class: "n" }, fmt(t.count)))));
}

// -- map ------------------------------------------------------------------------

let map = null;
let markers = null;

function setupMap(view, extent) {
  map = L.map("map", { minZoom: 2, maxZoom: MAX_ZOOM, worldCopyJump: true, zoomSnap: 1 });
  L.tileLayer("/tiles/{z}/{x}/{y}.png", {
    maxNativeZoom: 6, maxZoom: MAX_ZOOM, minZoom: 0,
    attribution: "© OpenStreetMap contributors",
  }).addTo(map);
  markers = L.layerGroup().addTo(map);
  // The initial view is set before listening, so it costs one grid request, not two.
  if (view) map.setView([view[1], view[2]], view[0]);
  else if (extent) map.fitBounds([[extent[1], extent[0]], [extent[3], extent[2]]], { padding: [30, 30], maxZoom: 8 });
  else map.setView([48.5, 33], 5);
  let moveTimer = null;
  map.on("moveend", () => {
    clearTimeout(moveTimer);
    moveTimer = setTimeout(() => { writeHash(); refreshMap(); }, 120);
  });
}

function viewBbox() {
  const b = map.getBounds().pad(0.15);
  const wrap = (x) => ((((x + 180) % 360) + 360) % 360) - 180;
  let w = b.getWest();
  let e = b.getEast();
  if (e - w >= 360) { w = -180; e = 180; } else { w = wrap(w); e = wrap(e); }
  const s = Math.max(-90, b.getSouth());
  const n = Math.min(90, b.getNorth());
  return [w, s, e, n].map((v) => v.toFixed(5)).join(",");
}

async function refreshMap() {
  if (!map) return;
  const signal = latest("grid");
  let data;
  try {
    data = await api("/api/stats/grid", query({ zoom: map.getZoom(), bbox: viewBbox() }), signal);
  } catch (e) {
    if (!isAbort(e)) showStatus(e.message);
    return;
  }
  showStatus("");
  drawCells(data.cells);
  const parts = [`${fmt(data.total)} event${data.total === 1 ? "" : "s"}`];
  if (data.in_view !== data.total - data.unlocated) parts.push(`${fmt(data.in_view)} in view`);
  if (data.unlocated) parts.push(`${fmt(data.unlocated)} without place`);
  const count = $("#count");
  count.textContent = parts.join(" · ");
  count.dataset.total = data.total;
  document.body.dataset.renders = String(Number(document.body.dataset.renders || 0) + 1);
  mapReady = true;
  markReady();
}

function clusterIcon(cell) {
  const size = Math.round(26 + 9 * Math.log10(cell.count));
  let acc = 0;
  const stops = Object.entries(cell.by_type).map(([t, n]) => {
    const a = (acc / cell.count) * 360;
    acc += n;
    return `${colour(t)} ${a.toFixed(1)}deg ${((acc / cell.count) * 360).toFixed(1)}deg`;
  });
  const html = `<div class="fw-cluster" style="background:conic-gradient(${stops.join(",")})">`
    + `<span>${cell.count >= 10000 ? `${Math.round(cell.count / 1000)}k` : cell.count}</span></div>`;
  return L.divIcon({ html, className: "fw-cluster-icon", iconSize: [size, size] });
}

function drawCells(cells) {
  markers.clearLayers();
  for (const cell of cells) {
    const at = [cell.latitude, cell.longitude];
    if (cell.count === 1) {
      const icon = L.divIcon({
        className: "fw-point-icon",
        html: `<div class="fw-point" data-event-id="${cell.event_id}" style="background:${colour(cell.event_type)}"></div>`,
        iconSize: [14, 14],
      });
      L.marker(at, { icon, title: cell.event_type, keyboard: true })
        .on("click", () => openEvent(cell.event_id))
        .addTo(markers);
    } else {
      const types = Object.entries(cell.by_type).map(([t, n]) => `${t}: ${fmt(n)}`).join("\n");
      L.marker(at, { icon: clusterIcon(cell), title: `${fmt(cell.count)} events\n${types}` })
        .on("click", () => openCluster(cell))
        .addTo(markers);
    }
  }
}

function openCluster(cell) {
  const [w, s, e, n] = cell.extent;
  const spread = Math.max(e - w, n - s);
  if (spread > 1e-4 && map.getZoom() < MAX_ZOOM) {
    map.fitBounds([[s, w], [n, e]], { padding: [40, 40], maxZoom: Math.min(MAX_ZOOM, map.getZoom() + 3) });
    return;
  }
  // All events of the cell share one place: list them.
  const pad = 1e-5;
  const bbox = [w - pad, s - pad, e + pad, n + pad].map((v) => v.toFixed(6)).join(",");
  const list = el("ul", { class: "fw-list" }, el("li", {}, "loading…"));
  const popup = L.popup({ maxWidth: 360 }).setLatLng([cell.latitude, cell.longitude])
    .setContent(el("div", {}, el("strong", {}, `${fmt(cell.count)} events here`), list))
    .openOn(map);
  api("/api/events", query({ bbox, limit: 100 })).then((data) => {
    list.replaceChildren(...data.events.map((ev) => el("li", {
      onclick: () => { map.closePopup(popup); openEvent(ev.event_id); },
      dataset: { eventId: ev.event_id },
    }, el("span", { class: "swatch", style: `background:${colour(ev.event_type)}` }),
    el("span", { class: "date" }, ev.event_date || "—"), `${ev.sub_event_type} · ${ev.location || ""}`)));
    if (data.total > data.events.length) list.append(el("li", { class: "empty" }, `… and ${fmt(data.total - data.events.length)} more`));
  }).catch((e) => list.replaceChildren(el("li", { class: "empty" }, e.message)));
}

// -- timeline -------------------------------------------------------------------

const svg = $("#timeline-svg");
const SVGNS = "http://www.w3.org/2000/svg";
const svgEl = (tag, attrs = {}) => {
  const n = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  return n;
};
const DAY = 86400000;
const toMs = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

async function refreshTimeline() {
  const signal = latest("timeline");
  try {
    const data = await api("/api/stats/timeline", query({ interval: state.interval }, { dates: false }), signal);
    state.bins = data.bins;
  } catch (e) {
    if (!isAbort(e)) showStatus(e.message);
    return;
  }
  drawTimeline();
  timelineReady = true;
  markReady();
}

let scale = null;

function drawTimeline() {
  const width = svg.clientWidth || 800;
  const height = svg.clientHeight || 110;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.replaceChildren();
  const range = state.facets && state.facets.date_range;
  if (!range || !range.min) {
    svg.append(svgEl("text", { x: 10, y: 30, class: "empty" }));
    svg.lastChild.textContent = "no dated events";
    return;
  }
  const step = state.interval === "week" ? 7 * DAY : DAY;
  let t0 = toMs(range.min);
  if (state.interval === "week") t0 -= ((new Date(t0).getUTCDay() + 6) % 7) * DAY;
  const t1 = toMs(range.max) + step;
  const left = 34;
  const right = width - 8;
  const top = 6;
  const bottom = height - 18;
  const x = (t) => left + ((t - t0) / (t1 - t0)) * (right - left);
  scale = { x, t0, t1, left, right, step, inv: (px) => t0 + ((px - left) / (right - left)) * (t1 - t0) };
  const max = Math.max(1, ...state.bins.map((b) => b.total));
  const y = (n) => bottom - (n / max) * (bottom - top);
  const since = state.filters.since ? toMs(state.filters.since) : null;
  const until = state.filters.until ? toMs(state.filters.until) : null;
  const bw = Math.max(1, x(t0 + step) - x(t0) - (step === DAY && x(t0 + step) - x(t0) < 4 ? 0 : 1));
  const bars = svgEl("g");
  for (const b of state.bins) {
    const t = toMs(b.date);
    const outside = (since !== null && t + step <= since) || (until !== null && t > until);
    const g = svgEl("g", outside ? { class: "outside" } : {});
    let acc = 0;
    for (const [type, n] of Object.entries(b.by_type)) {
      g.append(svgEl("rect", {
        x: x(t).toFixed(2), width: bw.toFixed(2), y: y(acc + n).toFixed(2),
        height: Math.max(0.5, y(acc) - y(acc + n)).toFixed(2), fill: colour(type),
      }));
      acc += n;
    }
    const tip = svgEl("title");
    tip.textContent = `${b.date}: ${fmt(b.total)} events`;
    g.append(tip);
    bars.append(g);
  }
  const axis = svgEl("g", { class: "axis" });
  axis.append(svgEl("line", { x1: left, x2: right, y1: bottom + 0.5, y2: bottom + 0.5 }));
  const first = new Date(t0);
  let m = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
  const months = (t1 - t0) / (30 * DAY);
  const every = months > 24 ? 6 : months > 12 ? 2 : 1;
  for (let i = 0; m < t1; i++) {
    if (i % every === 0) {
      const d = new Date(m);
      const label = svgEl("text", { x: x(m) + 2, y: height - 5 });
      label.textContent = d.getUTCMonth() === 0
        ? String(d.getUTCFullYear())
        : d.toLocaleString("en", { month: "short", timeZone: "UTC" });
      axis.append(svgEl("line", { x1: x(m), x2: x(m), y1: bottom, y2: bottom + 4 }), label);
    }
    const d = new Date(m);
    m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }
  const maxLabel = svgEl("text", { x: 2, y: top + 8 });
  maxLabel.textContent = fmt(max);
  axis.append(maxLabel);
  svg.append(axis, bars);
  if (since !== null || until !== null) {
    const a = x(since ?? t0);
    const b = x((until ?? t1 - DAY) + DAY);
    svg.append(svgEl("rect", { class: "brush", x: a, y: top - 4, width: Math.max(1, b - a), height: bottom - top + 4 }));
  }
  $("#brush-clear").hidden = since === null && until === null;
  $("#timeline-title").textContent = `Events per ${state.interval}`;
}

function svgX(evt) {
  const r = svg.getBoundingClientRect();
  return ((evt.clientX - r.left) / r.width) * (svg.viewBox.baseVal.width || r.width);
}

let brushStart = null;
let brushRect = null;
svg.addEventListener("pointerdown", (e) => {
  if (!scale) return;
  brushStart = Math.min(Math.max(svgX(e), scale.left), scale.right);
  svg.setPointerCapture(e.pointerId);
  svg.querySelector(".brush")?.remove();
  brushRect = svgEl("rect", { class: "brush", x: brushStart, y: 2, width: 1, height: (svg.viewBox.baseVal.height || 100) - 18 });
  svg.append(brushRect);
});
svg.addEventListener("pointermove", (e) => {
  if (brushStart === null) return;
  const px = Math.min(Math.max(svgX(e), scale.left), scale.right);
  brushRect.setAttribute("x", Math.min(px, brushStart));
  brushRect.setAttribute("width", Math.max(1, Math.abs(px - brushStart)));
});
svg.addEventListener("pointerup", (e) => {
  if (brushStart === null) return;
  const px = Math.min(Math.max(svgX(e), scale.left), scale.right);
  const [a, b] = [Math.min(px, brushStart), Math.max(px, brushStart)];
  brushStart = null;
  if (b - a < 3) { setFilters({ since: "", until: "" }, { timeline: false }); return; }
  const since = toIso(Math.floor(scale.inv(a) / DAY) * DAY);
  const until = toIso(Math.max(Math.floor(scale.inv(b) / DAY) * DAY - DAY, toMs(since)));
  setFilters({ since, until }, { timeline: false });
});
$("#brush-clear").addEventListener("click", () => setFilters({ since: "", until: "" }, { timeline: false }));
new ResizeObserver(() => { if (state.facets) drawTimeline(); }).observe(svg);

// -- event and document panel -------------------------------------------------

const panel = $("#panel");
$("#panel-close").addEventListener("click", () => {
  panel.hidden = true;
  state.eventId = null;
  writeHash();
  map?.invalidateSize();
});

function fact(label, ...value) {
  const v = value.flat().filter((x) => x !== null && x !== undefined && x !== "");
  return v.length ? [el("dt", {}, label), el("dd", {}, ...v)] : [];
}

async function openEvent(id) {
  state.eventId = id;
  writeHash();
  const wasHidden = panel.hidden;
  panel.hidden = false;
  if (wasHidden) map?.invalidateSize();
  const signal = latest("event");
  let ev;
  let doc;
  try {
    ev = await api(`/api/events/${encodeURIComponent(id)}`, null, signal);
    doc = await api(`/api/documents/${encodeURIComponent(ev.doc_id)}`, null, signal);
  } catch (e) {
    if (!isAbort(e)) $("#event-view").replaceChildren(el("p", { class: "empty" }, e.message));
    return;
  }
  renderEvent(ev);
  renderDocument(doc, ev);
}

function renderEvent(ev) {
  const actors = [ev.actor1, ev.assoc_actor_1 && `(with ${ev.assoc_actor_1})`].filter(Boolean).join(" ");
  const against = [ev.actor2, ev.assoc_actor_2 && `(with ${ev.assoc_actor_2})`].filter(Boolean).join(" ");
  const place = [ev.location, ev.admin1, ev.country].filter(Boolean).join(", ");
  const coords = ev.latitude !== null && ev.latitude !== undefined
    ? ` (${ev.latitude.toFixed(3)}, ${ev.longitude.toFixed(3)})` : "";
  $("#event-view").replaceChildren(
    el("h2", {}, ev.sub_event_type),
    el("span", { class: "badge", style: `background:${colour(ev.event_type)}` }, ev.event_type),
    el("dl", { class: "facts" },
      fact("Date", ev.event_date),
      fact("Place", place ? `${place}${coords}` : "not located"),
      fact("Actor 1", actors),
      fact("Actor 2", against),
      fact("Fatalities", ev.fatalities === null ? null : String(ev.fatalities)),
      fact("Certainty", el("span", { class: `certainty ${ev.certainty}` }, ev.certainty),
        ev.attribution ? ` according to ${ev.attribution}` : ""),
      fact("Reported in", ev.origin === "comment" ? `reader comment #${ev.comment_index + 1}` : "the article"),
      fact("Confidence", `${Math.round(ev.confidence * 100)} %`)),
    el("h3", {}, "Evidence"),
    el("blockquote", { class: "evidence-quote" }, `“${ev.evidence.text}”`),
  );
  if (map && coords) map.panInside([ev.latitude, ev.longitude], { padding: [60, 60] });
}

// Text of [base, base + text.length) with the evidence spans inside it marked.
function markedText(cls, text, base, events, current) {
  const spans = events
    .filter((e) => e.evidence.start >= base && e.evidence.end <= base + text.length)
    .sort((a, b) => a.evidence.start - b.evidence.start);
  const out = el("div", { class: cls });
  let pos = 0;
  for (const e of spans) {
    const a = e.evidence.start - base;
    const b = e.evidence.end - base;
    if (a < pos) continue; // overlapping evidence: the first one is marked
    out.append(text.slice(pos, a));
    out.append(el("mark", {
      class: e.event_id === current.event_id ? "evidence evidence-current" : "evidence",
      title: `${e.event_type} · ${e.sub_event_type} (${e.certainty})`,
      dataset: { eventId: e.event_id },
      onclick: () => openEvent(e.event_id),
    }, text.slice(a, b)));
    pos = b;
  }
  out.append(text.slice(pos));
  return out;
}

function chips(events, current) {
  return el("div", { class: "chips" }, events.map((e) => el("span", {
    class: e.event_id === current.event_id ? "chip current" : "chip",
    onclick: () => openEvent(e.event_id),
    dataset: { eventId: e.event_id },
  }, `${e.sub_event_type}${e.location ? ` · ${e.location}` : ""}`)));
}

function renderDocument(doc, ev) {
  const inComment = (c) => (e) => e.origin === "comment" ? e.comment_index === c.index
    : e.evidence.start >= c.start && e.evidence.end <= c.end;
  const articleEvents = doc.events.filter((e) => e.origin !== "comment");
  const located = doc.events.some((e) => e.event_id === ev.event_id
    && ((e.evidence.start >= doc.article.start && e.evidence.end <= doc.article.end)
      || doc.comments.some((c) => e.evidence.start >= c.start && e.evidence.end <= c.end)));
  const meta = [doc.source, doc.published, doc.kind !== "text" ? doc.kind : null].filter(Boolean).join(" · ");
  const title = doc.url
    ? el("a", { href: doc.url, target: "_blank", rel: "noopener noreferrer" }, doc.title || doc.url)
    : doc.title || doc.doc_id;
  const body = located
    ? markedText("doc-text", doc.article.text, doc.article.start, doc.events, ev)
    : markedText("doc-text", doc.text, 0, doc.events, ev);
  const comments = doc.comments.map((c) => {
    const evs = doc.events.filter(inComment(c));
    return el("li", { dataset: { commentIndex: c.index } },
      markedText("comment-text", c.text, c.start, evs, ev),
      evs.length ? chips(evs, ev) : el("div", { class: "empty" }, "no event"));
  });
  $("#doc-view").replaceChildren(
    el("h3", {}, "Document"),
    el("div", {}, title),
    el("div", { class: "doc-meta" }, meta, ` · ${doc.events.length} event${doc.events.length === 1 ? "" : "s"}`),
    body,
    articleEvents.length ? chips(articleEvents, ev) : null,
    el("h3", {}, `Reader comments (${doc.comments.length})`),
    doc.comments.length ? el("ol", { class: "comments" }, comments) : el("p", { class: "empty" }, "none"),
  );
  // Bring the evidence into view: inside the article box, or the panel for a comment.
  panel.scrollTop = 0;
  const mark = $("#doc-view mark.evidence-current");
  if (!mark) return;
  const box = mark.closest(".doc-text");
  if (box) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  else mark.scrollIntoView({ block: "center" });
}

// -- start ----------------------------------------------------------------------

let mapReady = false;
let timelineReady = false;
function markReady() {
  if (mapReady && timelineReady && !document.body.dataset.ready) {
    performance.mark("fw-ready");
    document.body.dataset.ready = "1";
    loadActors(); // only for the actor field's suggestions: after the first paint
  }
}

async function start() {
  const view = readHash();
  let facets;
  try {
    facets = await api("/api/facets");
  } catch (e) {
    showStatus(e.message);
    return;
  }
  state.facets = facets;
  const { min, max } = facets.date_range;
  state.interval = min && toMs(max) - toMs(min) > 400 * DAY ? "week" : "day";
  fillSelect("event_type", facets.event_type);
  fillSelect("sub_event_type", facets.sub_event_type);
  fillSelect("country", facets.country);
  fillSelect("certainty", facets.certainty);
  syncForm();
  setupMap(view, facets.extent);
  refreshMap();
  refreshTimeline();
  if (state.eventId) openEvent(state.eventId);
}

function loadActors() {
  api("/api/actors", new URLSearchParams({ limit: 500 })).then((data) => {
    $("#actor-list").replaceChildren(...data.actors.map((a) => el("option", { value: a.actor })));
  }).catch(() => {});
}

start();
