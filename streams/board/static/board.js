// wire-alerts editors' board: live alerts from /events (server-sent events).
// Story text is untrusted: every node is built with createElement + textContent, never HTML.
"use strict";

(() => {
  const MAX_CARDS = 500;
  const RECONNECT_MS = 3000;
  const PRIORITY_RANK = { P1: 1, P2: 2, P3: 3 };

  const $ = (id) => document.getElementById(id);
  const list = $("alerts");
  const filters = {
    type: $("f-type"),
    priority: $("f-priority"),
    place: $("f-place"),
    status: $("f-status"),
  };
  const cards = new Map(); // event_key -> { env, el }
  const places = { desk: new Set(), region: new Set(), country: new Set() };
  let synced = false;
  let lastId = null;
  let source = null;

  // ------------------------------------------------------------------ DOM helpers
  function node(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  const label = (s) => String(s || "").replace(/_/g, " ");

  function utc(iso) {
    if (!iso) return "—";
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return String(iso);
    return d.toISOString().slice(0, 16).replace("T", " ") + " UTC";
  }

  function badge(cls, text, title) {
    const b = node("span", "badge " + cls, text);
    if (title) b.title = title;
    return b;
  }

  // ------------------------------------------------------------------ one card
  function evidence(view) {
    const q = node("blockquote", "evidence");
    for (const [text, kind] of view.evidence || []) {
      if (kind === "trigger" || kind === "actor") {
        q.append(node("mark", kind, text));
      } else {
        q.append(document.createTextNode(String(text)));
      }
    }
    return q;
  }

  function actors(alert) {
    const ul = node("ul", "actors");
    for (const a of (alert.event && alert.event.actors) || []) {
      const li = node("li", "actor");
      li.append(node("span", "name", a.name || a.text));
      li.append(node("span", "country", a.country));
      li.append(node("span", "role", label(a.role)));
      if (a.rank) li.append(node("span", "rank", label(a.rank)));
      ul.append(li);
    }
    return ul;
  }

  function sources(alert, view) {
    const box = node("div", "sources");
    box.append(node("span", "label", "Stories"));
    const ul = node("ul");
    for (const s of alert.sources || []) {
      const li = node("li");
      li.append(node("span", "agency", s.agency));
      li.append(node("span", "muted", " " + label(s.status) + " · " + utc(s.time)));
      ul.append(li);
    }
    box.append(ul);
    if (view.story_url) {
      const a = node("a", "story-link", "open story");
      a.href = view.story_url; // only http(s): checked by the server
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      box.append(a);
    }
    return box;
  }

  function related(alert) {
    const links = alert.links || [];
    if (!links.length) return null;
    const box = node("div", "related");
    box.append(node("span", "label", "Same story"));
    for (const link of links) {
      const b = node("button", "link", label(link.type));
      b.type = "button";
      b.addEventListener("click", () => {
        const target = cards.get(link.event_key);
        if (!target) return;
        target.el.scrollIntoView({ behavior: "smooth", block: "center" });
        flash(target.el);
      });
      box.append(b);
    }
    return box;
  }

  function render(el, env) {
    const a = env.alert;
    const ev = a.event || {};
    const story = a.story || {};
    const tags = a.tags || {};
    const view = env.view || {};
    el.dataset.eventKey = a.event_key;
    el.dataset.alertId = a.alert_id;
    el.dataset.order = String(env.order);
    el.dataset.type = a.type;
    el.dataset.priority = a.priority;
    el.dataset.status = ev.status || "";
    el.dataset.storyId = story.id || "";
    el.classList.toggle("p1", a.priority === "P1");

    const head = node("div", "head");
    head.append(badge("prio " + String(a.priority).toLowerCase(), a.priority,
      (a.priority_reasons || []).map(label).join(", ")));
    head.append(badge("type", label(a.type)));
    head.append(badge("evstatus s-" + (ev.status || ""), label(ev.status)));
    head.append(badge("alertstatus", a.status === "update" ? "update #" + a.sequence : "new"));
    const count = Number(a.corroboration_count) || 1;
    const corr = node("span", "corroboration", count + (count === 1 ? " agency" : " agencies"));
    corr.dataset.count = String(count);
    corr.title = "agencies that reported this event";
    head.append(corr);
    const when = node("time", "when", utc(a.timestamps && a.timestamps.published));
    when.dateTime = (a.timestamps && a.timestamps.published) || "";
    head.append(when);

    const parts = [head, node("h2", "headline", story.headline || a.summary)];
    parts.push(node("p", "summary", a.summary));
    parts.push(evidence(view));
    parts.push(actors(a));
    const row = node("div", "row");
    const claimed = Boolean(ev.attribution && ev.attribution.claimed_by);
    const att = node("p", "attribution" + (claimed ? " claim" : ""));
    att.append(node("span", "label", claimed ? "Claim" : "Source"));
    att.append(document.createTextNode(" " + (view.attribution || story.agency || "")));
    row.append(att);
    const meta = node("p", "meta");
    const where = [ev.location, ev.date_text || ev.date].filter(Boolean).join(" · ");
    if (where) meta.append(node("span", "where", where));
    meta.append(node("span", "desks", (tags.desks || []).join(", ")));
    meta.append(node("span", "countries", (tags.countries || []).join(" ")));
    row.append(meta);
    parts.push(row);

    const foot = node("div", "foot");
    foot.append(sources(a, view));
    const rel = related(a);
    if (rel) foot.append(rel);
    const times = node("p", "times");
    const ts = a.timestamps || {};
    times.textContent =
      "story " + utc(ts.story_published) + " · first seen " + utc(ts.first_seen) +
      " · alerted " + Number((a.metrics && a.metrics.end_to_end_ms) || 0).toFixed(0) + " ms after ingest";
    foot.append(times);
    parts.push(foot);
    el.replaceChildren(...parts);
  }

  function flash(el) {
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
  }

  // ------------------------------------------------------------------ filters
  function matches(alert) {
    const ev = alert.event || {};
    const tags = alert.tags || {};
    if (filters.type.value && alert.type !== filters.type.value) return false;
    const maxRank = PRIORITY_RANK[filters.priority.value];
    if (maxRank && (PRIORITY_RANK[alert.priority] || 9) > maxRank) return false;
    if (filters.status.value && ev.status !== filters.status.value) return false;
    const place = filters.place.value;
    if (place) {
      const i = place.indexOf(":");
      const kind = place.slice(0, i);
      const value = place.slice(i + 1);
      const pool = { desk: tags.desks, region: tags.regions, country: tags.countries }[kind] || [];
      if (!pool.includes(value)) return false;
    }
    return true;
  }

  function updateCount() {
    let shown = 0;
    for (const c of cards.values()) if (!c.el.hidden) shown += 1;
    $("count").textContent = shown === cards.size
      ? cards.size + " alerts"
      : shown + " of " + cards.size + " alerts shown";
    $("empty").hidden = shown > 0;
  }

  function applyFilters() {
    for (const c of cards.values()) c.el.hidden = !matches(c.env.alert);
    updateCount();
  }

  function addPlaces(alert) {
    const tags = alert.tags || {};
    let added = false;
    for (const [kind, values] of [["desk", tags.desks], ["region", tags.regions], ["country", tags.countries]]) {
      for (const v of values || []) {
        if (!places[kind].has(v)) {
          places[kind].add(v);
          added = true;
        }
      }
    }
    if (!added) return;
    const selected = filters.place.value;
    const opts = [node("option", null, "everywhere")];
    opts[0].value = "";
    for (const [kind, title] of [["desk", "Desks"], ["region", "Regions"], ["country", "Countries"]]) {
      if (!places[kind].size) continue;
      const group = node("optgroup");
      group.label = title;
      for (const v of [...places[kind]].sort()) {
        const o = node("option", null, v);
        o.value = kind + ":" + v;
        group.append(o);
      }
      opts.push(group);
    }
    filters.place.replaceChildren(...opts);
    filters.place.value = selected;
  }

  // ------------------------------------------------------------------ updates
  function insertByOrder(el, order) {
    for (const child of list.children) {
      if (Number(child.dataset.order) < order) {
        list.insertBefore(el, child);
        return;
      }
    }
    list.append(el);
  }

  function trim() {
    while (cards.size > MAX_CARDS && list.lastElementChild) {
      const last = list.lastElementChild;
      cards.delete(last.dataset.eventKey);
      last.remove();
    }
  }

  function upsert(env) {
    const alert = env && env.alert;
    if (!alert || !alert.event_key) return;
    let card = cards.get(alert.event_key);
    const fresh = !card;
    if (card) {
      if (Number(alert.sequence) < Number(card.env.alert.sequence)) return;
      card.env = env;
      render(card.el, env);
      if (synced) flash(card.el);
    } else {
      const el = node("article", "alert");
      card = { env, el };
      cards.set(alert.event_key, card);
      render(el, env);
      insertByOrder(el, env.order);
      trim();
    }
    addPlaces(alert);
    card.el.hidden = !matches(alert);
    updateCount();
    if (fresh && synced && !card.el.hidden) notify(alert);
  }

  // ------------------------------------------------------------------ notifications
  function notify(alert) {
    if (alert.priority !== "P1" || !("Notification" in window)) return;
    if (Notification.permission !== "granted") return;
    new Notification(alert.priority + " " + label(alert.type), { body: alert.summary, tag: alert.alert_id });
  }

  function setupNotifications() {
    const button = $("notify");
    if (!("Notification" in window)) return;
    const show = () => {
      button.textContent = Notification.permission === "granted"
        ? "P1 notifications on"
        : "Notify me of P1 alerts";
      button.disabled = Notification.permission !== "default";
    };
    button.hidden = false;
    show();
    button.addEventListener("click", () => {
      Notification.requestPermission().then(show);
    });
  }

  // ------------------------------------------------------------------ event stream
  function setConn(state, text) {
    const c = $("conn");
    c.dataset.state = state;
    c.textContent = text;
  }

  function connect() {
    const url = lastId === null ? "/events" : "/events?lastEventId=" + encodeURIComponent(lastId);
    source = new EventSource(url);
    source.addEventListener("open", () => setConn("live", "live"));
    source.addEventListener("error", () => {
      if (source.readyState === EventSource.CLOSED) {
        setConn("offline", "offline, retrying…");
        setTimeout(connect, RECONNECT_MS); // a new EventSource: resume from lastId
      } else {
        setConn("reconnecting", "reconnecting…");
      }
    });
    source.addEventListener("alert", (ev) => {
      lastId = ev.lastEventId || lastId;
      let env;
      try {
        env = JSON.parse(ev.data);
      } catch (_) {
        return;
      }
      upsert(env);
    });
    source.addEventListener("synced", () => {
      synced = true;
      document.body.dataset.synced = "true";
    });
    source.addEventListener("reset", () => {
      cards.clear();
      list.replaceChildren();
      updateCount();
    });
  }

  for (const f of Object.values(filters)) f.addEventListener("change", applyFilters);
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  setupNotifications();
  updateCount();
  connect();
})();
