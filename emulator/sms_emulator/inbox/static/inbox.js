// The SMS emulator's inbox: reads /_emulator/messages, refreshes on each server-sent "change" event.
// Plain browser JavaScript, no build step and no dependencies. Every text from a message goes into
// the page through textContent, never as HTML.
"use strict";

const API = "/_emulator";
const PROVIDERS = { tyntec: "tyntec", bytehand: "BYTEHAND", jomobile: "Jo Mobile", smsc: "SMSC" };
const FILTERS = ["q", "provider", "state", "to"];
const SHOWN = 500; // the newest this many; a fuzzing run leaves thousands, and the filters find the rest
const $ = (id) => document.getElementById(id);

const view = { messages: [], selected: null, refreshing: null, again: false };

function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function when(iso) {
  if (!iso) return "";
  const moment = new Date(iso);
  return moment.toISOString().replace("T", " ").replace(/\.\d+Z$/, "").replace(/Z$/, "") + " UTC";
}

function ago(iso, clock) {
  const seconds = Math.round((new Date(clock) - new Date(iso)) / 1000);
  if (!isFinite(seconds)) return "";
  if (seconds < 45) return "just now";
  const units = [[86400, "d"], [3600, "h"], [60, "min"]];
  for (const [size, name] of units) if (Math.abs(seconds) >= size) return `${Math.round(seconds / size)} ${name} ago`;
  return `${seconds} s ago`;
}

function toast(text, bad) {
  const box = $("toast");
  box.textContent = text;
  box.className = bad ? "toast bad" : "toast";
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 3500);
}

async function call(method, path, body) {
  const response = await fetch(API + path, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Error((data && (data.detail || data.title)) || `HTTP ${response.status}`);
  return data;
}

// --- filters live in the address bar, so a reload or a shared link keeps them ---------------------

function filterValues() {
  const values = {};
  for (const name of FILTERS) {
    const value = $(`f-${name}`).value.trim();
    if (value) values[name] = value;
  }
  return values;
}

function loadFilters() {
  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) $(`f-${name}`).value = params.get(name) || "";
  view.selected = params.get("message");
}

function saveFilters() {
  const params = new URLSearchParams(filterValues());
  if (view.selected) params.set("message", view.selected);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

// --- the list -------------------------------------------------------------------------------------

async function refresh() {
  if (view.refreshing) { view.again = true; return view.refreshing; }
  view.refreshing = (async () => {
    try {
      const params = new URLSearchParams({ ...filterValues(), order: "newest", limit: SHOWN });
      const [messages, clock] = await Promise.all([call("GET", `/messages?${params}`), call("GET", "/clock")]);
      view.messages = messages;
      view.clock = clock.now;
      $("clock").textContent = when(clock.now);
      $("clock").dateTime = clock.now;
      renderList();
      renderDetail();
    } catch (error) {
      toast(`Could not load the messages: ${error.message}`, true);
    } finally {
      view.refreshing = null;
      if (view.again) { view.again = false; refresh(); }
    }
  })();
  return view.refreshing;
}

function statePill(state, word) {
  return h("span", { class: `state s-${state}`, dataset: { state }, title: word ? `${word} (${state})` : state },
    state);
}

function renderList() {
  const list = $("messages");
  const count = view.messages.length;
  $("total").textContent = count >= SHOWN ? `the newest ${SHOWN} messages` : `${count} message${count === 1 ? "" : "s"}`;
  $("empty").hidden = count > 0;
  list.replaceChildren(...view.messages.map((message) => h("li", {
    class: `message${message.key === view.selected ? " selected" : ""}`,
    dataset: { key: message.key, provider: message.provider, state: message.state },
    tabindex: "0",
    role: "button",
    "aria-label": `Message to ${message.to}`,
    onclick: () => select(message.key),
    onkeydown: (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); select(message.key); } },
  },
  h("div", { class: "line1" },
    h("span", { class: `provider p-${message.provider}` }, PROVIDERS[message.provider] || message.provider),
    h("span", { class: "to" }, message.to),
    h("span", { class: "from" }, "from ", message.from),
    h("time", { class: "ago", datetime: message.submittedAt, title: when(message.submittedAt) },
      ago(message.submittedAt, view.clock))),
  h("div", { class: "line2" },
    h("span", { class: "text" }, message.text || "(no text)"),
    statePill(message.state, message.providerState)))));
}

function select(key) {
  view.selected = key;
  document.body.classList.toggle("showing-detail", Boolean(key));
  saveFilters();
  for (const row of $("messages").children) row.classList.toggle("selected", row.dataset.key === key);
  renderDetail();
}

// --- the detail view ------------------------------------------------------------------------------

function renderDetail() {
  const pane = $("detail");
  const message = view.messages.find((each) => each.key === view.selected);
  document.body.classList.toggle("showing-detail", Boolean(message));
  if (!message) {
    pane.replaceChildren(h("div", { class: "placeholder" },
      "Select a message to see its parts, state history, cost and callbacks."));
    return;
  }
  const open = pane.querySelector("details.raw")?.open;
  pane.replaceChildren(h("article", { class: "card", dataset: { key: message.key } },
    h("div", { class: "detail-head" },
      h("button", { class: "btn back", type: "button", onclick: () => select(null) }, "← Messages"),
      h("span", { class: `provider p-${message.provider}` }, PROVIDERS[message.provider] || message.provider),
      statePill(message.state, message.providerState),
      h("button", { class: "btn small danger", type: "button", onclick: () => forget(message) }, "Delete")),
    h("h2", { class: "detail-to" }, message.to),
    h("dl", { class: "facts" },
      fact("From", message.from),
      fact("Provider state", h("code", {}, message.providerState)),
      fact("Sent", when(message.submittedAt)),
      fact("Updated", when(message.updatedAt)),
      fact("Cost", message.cost ? `${message.cost.amount} ${message.cost.currency || ""}` : "—"),
      fact("Id", h("code", {}, message.id))),
    h("h3", {}, "Text"),
    h("p", { class: "body-text" }, message.text || "(no text)"),
    h("h3", {}, `Parts `, h("span", { class: "muted" },
      `${message.partCount} × ${message.encoding === "UCS2" ? "UCS-2" : "GSM-7"}`)),
    h("ol", { class: "parts" }, message.parts.map((part) =>
      h("li", {}, h("span", { class: "part-text" }, part), h("span", { class: "muted" }, ` ${[...part].length} chars`)))),
    h("h3", {}, "State history"),
    h("ol", { class: "timeline" }, message.history.map((step) =>
      h("li", { class: `s-${step.state}` },
        statePill(step.state), h("code", {}, step.providerState), h("time", { datetime: step.at }, when(step.at))))),
    h("h3", {}, "Callbacks"),
    message.callbacks.length
      ? h("ul", { class: "callbacks" }, message.callbacks.map((each) => h("li", {},
          h("span", { class: `http ${each.status && each.status < 300 ? "ok" : "bad"}` }, each.status || "failed"),
          h("code", {}, `${each.method} ${each.url}`),
          h("span", { class: "muted" }, ` ${each.purpose} · ${when(each.at)}`),
          each.error ? h("div", { class: "error" }, each.error) : null)))
      : h("p", { class: "muted" }, "None made (set a callback URL when sending, where the provider has one)."),
    h("details", { class: "raw", open: open || null },
      h("summary", {}, `As ${PROVIDERS[message.provider] || message.provider} keeps it`),
      h("pre", {}, JSON.stringify(message.details, null, 2)))));
}

function fact(label, value) {
  return [h("dt", {}, label), h("dd", {}, value)];
}

async function forget(message) {
  try {
    await call("DELETE", `/messages/${encodeURIComponent(message.key)}`);
    select(null);
    toast(`Deleted the message to ${message.to}`);
    await refresh();
  } catch (error) {
    toast(error.message, true);
  }
}

// --- controls -------------------------------------------------------------------------------------

async function advance() {
  const seconds = Number($("advance-by").value);
  try {
    const clock = await call("POST", "/clock", { advanceSeconds: seconds });
    toast(`Clock moved to ${when(clock.now)}`);
    await refresh();
  } catch (error) {
    toast(error.message, true);
  }
}

async function reset() {
  if (!confirm("Forget everything that was sent and created, and start from the demo data again?")) return;
  try {
    await call("POST", "/reset");
    select(null);
    toast("The emulator was reset");
    await Promise.all([refresh(), countFaults()]);
  } catch (error) {
    toast(error.message, true);
  }
}

function formObject(form, numbers) {
  const values = {};
  for (const [name, value] of new FormData(form)) {
    if (value === "") continue;
    values[name] = numbers.includes(name) ? Number(value) : value;
  }
  return values;
}

async function countFaults() {
  try {
    const armed = await call("GET", "/faults");
    const badge = $("fault-count");
    badge.textContent = armed.length;
    badge.hidden = armed.length === 0;
    $("armed").textContent = armed.length
      ? `Armed: ${armed.map((f) => `${f.kind} on ${f.provider}${f.operationId ? "." + f.operationId : ""} ×${f.count}`).join(", ")}`
      : "No fault is armed.";
  } catch (error) {
    toast(error.message, true);
  }
}

function wireDialog(openButton, dialog, form, actions) {
  $(openButton).addEventListener("click", () => { dialog.showModal(); if (dialog.id === "fault-dialog") countFaults(); });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const action = event.submitter ? event.submitter.value : "";
    if (action === "cancel") { dialog.close(); return; }
    try {
      const message = await actions[action]();
      dialog.close();
      toast(message);
      await Promise.all([refresh(), countFaults()]);
    } catch (error) {
      toast(error.message, true);
    }
  });
}

function connect() {
  const live = $("live");
  const events = new EventSource(`${API}/events`);
  events.addEventListener("open", () => { live.className = "live on"; $("live-text").textContent = "live"; });
  events.addEventListener("error", () => { live.className = "live off"; $("live-text").textContent = "reconnecting"; });
  events.addEventListener("change", () => refresh());
}

function start() {
  loadFilters();
  let typing;
  $("filters").addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => { saveFilters(); refresh(); }, 150);
  });
  $("filters").addEventListener("submit", (event) => event.preventDefault());
  $("advance").addEventListener("click", advance);
  $("reset").addEventListener("click", reset);
  wireDialog("open-inbound", $("inbound-dialog"), $("inbound-form"), {
    send: async () => {
      const record = await call("POST", "/tyntec/inbound", formObject($("inbound-form"), []));
      if (record.error) throw new Error(`tyntec could not deliver it: ${record.error}`);
      return `Delivered to ${record.url} (HTTP ${record.status})`;
    },
  });
  wireDialog("open-fault", $("fault-dialog"), $("fault-form"), {
    arm: async () => {
      const fault = await call("POST", "/faults",
        formObject($("fault-form"), ["status", "retryAfter", "delaySeconds", "count"]));
      return `Armed a ${fault.kind} fault on ${fault.provider} for ${fault.count} call${fault.count === 1 ? "" : "s"}`;
    },
    clear: async () => { await call("DELETE", "/faults"); return "Every fault is disarmed"; },
  });
  refresh();
  countFaults();
  connect();
  setInterval(() => { if (view.clock) renderList(); }, 30000);
}

document.addEventListener("DOMContentLoaded", start);
