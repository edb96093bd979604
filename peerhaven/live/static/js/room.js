// The live room: one WebSocket, frames of JSON in, actions of JSON out.
// Text comes from the page (#room-strings, in the reader's language); frames
// carry data only. Nothing here moves the focus: new messages go to a log
// region that screen readers announce, other news to a polite status line.
(function () {
  "use strict";

  var root = document.getElementById("room");
  if (!root) {
    return;
  }
  var S = JSON.parse(document.getElementById("room-strings").textContent);
  var $ = function (id) {
    return document.getElementById(id);
  };
  // Dates in the page's language and with the 24-hour clock the rest of the page uses.
  var LOCALE = document.documentElement.lang || undefined;

  var state = {
    socket: null,
    you: null,
    facilitator: root.getAttribute("data-facilitator") === "1",
    anonymous: false,
    people: new Map(), // id -> participant
    stage: null,
    lastSeq: 0,
    backlogUntil: 0,
    messages: new Map(), // seq -> {item, body, reactions}
    mine: new Set(), // "seq:kind" of my own reactions
    retries: 0,
    stopped: false,
    lastSent: "",
    timerEnds: null,
    timerTick: null,
    enterTimer: null,
    announced: {},
  };

  function fmt(text, values) {
    return text.replace(/%\((\w+)\)s/g, function (_m, key) {
      return values[key] === undefined ? "" : String(values[key]);
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function button(label, onClick, className) {
    var node = el("button", className || "small secondary", label);
    node.type = "button";
    node.addEventListener("click", onClick);
    return node;
  }

  function show(id, visible) {
    $(id).hidden = !visible;
  }

  function status(text) {
    $("room-status").textContent = text || "";
  }

  function announce(text) {
    // Re-set the text so the same news twice is announced twice.
    var region = $("room-announce");
    region.textContent = "";
    window.setTimeout(function () {
      region.textContent = text;
    }, 50);
  }

  function nameOf(id) {
    var person = state.people.get(id);
    if (!person) {
      return S.anonymous;
    }
    if (person.anonymous) {
      return S.anonymous;
    }
    return person.name || S.former;
  }

  function duration(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function send(frame) {
    if (state.socket && state.socket.readyState === WebSocket.OPEN) {
      state.socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  // --- Screens -------------------------------------------------------------------

  function screen(name) {
    show("room-appearance", name === "appearance");
    show("room-waiting", name === "waiting");
    show("room-inside", name === "inside");
  }

  function stop(text) {
    state.stopped = true;
    screen("none");
    status("");
    var refused = $("room-refused");
    refused.textContent = text;
    refused.hidden = false;
  }

  // --- Connecting ------------------------------------------------------------------

  function socketUrl(path) {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    return scheme + window.location.host + path;
  }

  // Before anything else: can a WebSocket get through at all? /ws/ping/ answers "pong".
  function probe(then) {
    var done = false;
    var ws;
    function fail() {
      if (done) {
        return;
      }
      done = true;
      try {
        ws.close();
      } catch (_e) {
        // already closed
      }
      status("");
      show("room-blocked", true);
    }
    status(S.connecting);
    try {
      ws = new WebSocket(socketUrl(root.getAttribute("data-ping")));
    } catch (_e) {
      fail();
      return;
    }
    var timeout = window.setTimeout(fail, 8000);
    ws.onopen = function () {
      ws.send("ping");
    };
    ws.onmessage = function (event) {
      if (event.data === "pong" && !done) {
        done = true;
        window.clearTimeout(timeout);
        ws.close();
        show("room-blocked", false);
        then();
      }
    };
    ws.onerror = fail;
    ws.onclose = function () {
      if (!done) {
        fail();
      }
    };
  }

  function connect() {
    var params = [];
    if (state.lastSeq > 0) {
      params.push("since=" + state.lastSeq);
    }
    if (state.anonymous) {
      params.push("anonymous=1");
    }
    var path = root.getAttribute("data-socket") + (params.length ? "?" + params.join("&") : "");
    var ws = new WebSocket(socketUrl(path));
    state.socket = ws;
    ws.onopen = function () {
      state.retries = 0;
      status(S.connected);
    };
    ws.onmessage = function (event) {
      var frame;
      try {
        frame = JSON.parse(event.data);
      } catch (_e) {
        return;
      }
      handle(frame);
    };
    ws.onclose = function (event) {
      if (state.socket !== ws) {
        return;
      }
      state.socket = null;
      if (event.code === 4403) {
        stop(S.refused);
        return;
      }
      if (event.code === 4001) {
        stop(S.removed_you);
        return;
      }
      if (state.stopped) {
        return;
      }
      status(S.reconnecting);
      state.retries += 1;
      var delay = Math.min(30000, 1000 * Math.pow(2, Math.min(state.retries - 1, 5)));
      window.setTimeout(function () {
        if (state.retries > 3) {
          // Several failures in a row: check whether WebSockets get through at all.
          probe(connect);
        } else {
          connect();
        }
      }, delay + Math.random() * 500);
    };
  }

  // --- Frames ------------------------------------------------------------------------

  function handle(frame) {
    switch (frame.type) {
      case "batch":
        frame.frames.forEach(handle);
        return undefined;
      case "welcome":
        return welcome(frame);
      case "waiting":
        return waiting(frame);
      case "participant":
        return participant(frame.participant);
      case "stage":
        return stage(frame.stage);
      case "entry":
        return entry(frame);
      case "error":
        return error(frame);
      case "care":
        return care(frame);
      case "care_alert":
        return careAlert(frame);
      case "you":
        state.facilitator = frame.facilitator;
        status(S.role_changed);
        return undefined;
      default:
        return undefined;
    }
  }

  function welcome(frame) {
    state.you = frame.you;
    state.people = new Map();
    frame.participants.forEach(function (person) {
      state.people.set(person.id, person);
    });
    if (frame.reset) {
      $("chat-log").textContent = "";
      state.messages = new Map();
    }
    state.lastSeq = frame.after;
    state.backlogUntil = frame.last_seq;
    // The history that follows is not news: keep screen readers quiet until it is in.
    if (state.backlogUntil > state.lastSeq) {
      $("chat-log").setAttribute("aria-live", "off");
    }
    state.stage = null;
    stage(frame.stage);
    renderPeople();
    screen("inside");
    announce(S.entered);
  }

  function waiting(frame) {
    screen("waiting");
    var text = S.waiting_not_open;
    if (frame.reason === "locked") {
      text = S.waiting_locked;
    } else if (frame.reason === "closed") {
      text = S.waiting_closed;
    } else if (frame.opens_in !== null && frame.opens_in !== undefined) {
      if (frame.opens_in <= 0) {
        text = S.opens_now;
      } else if (frame.opens_in <= 90 * 60) {
        text = fmt(S.opens_in, { time: fmt(S.minutes, { n: Math.ceil(frame.opens_in / 60) }) });
      } else {
        var when = new Date(Date.now() + frame.opens_in * 1000);
        text = fmt(S.opens_on, {
          when: when.toLocaleString(LOCALE, {
            weekday: "long",
            day: "numeric",
            month: "long",
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
          }),
        });
      }
      window.clearTimeout(state.enterTimer);
      state.enterTimer = window.setTimeout(function () {
        send({ action: "enter" });
      }, (frame.opens_in + 1) * 1000);
    }
    $("waiting-text").textContent = text;
  }

  function participant(person) {
    var known = state.people.get(person.id);
    if (known && known.v >= person.v) {
      return;
    }
    state.people.set(person.id, person);
    renderPeople();
    if (state.stage) {
      renderStage();
    }
  }

  function stage(next) {
    if (state.stage && state.stage.v >= next.v) {
      return;
    }
    var before = state.stage;
    state.stage = next;
    state.timerEnds =
      next.timer && next.timer.left !== null && next.timer.left !== undefined
        ? Date.now() + next.timer.left * 1000
        : null;
    renderStage();
    newsAboutStage(before, next);
  }

  function newsAboutStage(before, next) {
    var floor = next.floor ? next.floor.id : null;
    if (!before || (before.floor ? before.floor.id : null) !== floor) {
      if (floor === state.you) {
        announce(S.you_have_floor);
      } else if (floor !== null && before) {
        announce(fmt(S.has_floor, { name: nameOf(floor) }));
      }
    }
    var current = next.round ? next.round.order[next.round.position] : null;
    var was = before && before.round ? before.round.order[before.round.position] : null;
    if (current === state.you && was !== state.you) {
      announce(S.round_your_turn);
    }
    if (before && before.round && !next.round) {
      announce(S.round_over);
    }
    if (before && before.state !== next.state) {
      announce(S["state_" + next.state]);
    }
  }

  // --- Rendering: people and stage -----------------------------------------------

  function personLine(person) {
    var item = el("li", "person");
    var name = el("span", "person-name", nameOf(person.id));
    item.appendChild(name);
    if (person.id === state.you) {
      item.appendChild(el("span", "muted", " (" + S.you + ")"));
    }
    if (person.facilitator) {
      item.appendChild(el("span", "badge", S.facilitator));
    }
    if (state.stage && state.stage.queue.indexOf(person.id) !== -1) {
      item.appendChild(el("span", "badge hand", "✋ " + S.hand_up));
    }
    if (person.muted_for) {
      item.appendChild(el("span", "badge muted-badge", S.muted));
    }
    if (state.facilitator && person.id !== state.you && !person.facilitator) {
      var menu = el("details", "person-actions");
      var summary = el("summary", null, "⋯");
      summary.setAttribute("aria-label", fmt(S.actions_for, { name: nameOf(person.id) }));
      menu.appendChild(summary);
      var box = el("div", "control-row");
      box.appendChild(
        button(S.give_floor, function () {
          send({ action: "floor", participant: person.id });
        })
      );
      if (person.muted_for) {
        box.appendChild(
          button(S.unmute, function () {
            send({ action: "unmute", participant: person.id, reason: "" });
          })
        );
      } else {
        box.appendChild(
          button(S.mute, function () {
            ask(fmt(S.mute_title, { name: nameOf(person.id) }), "", true, function (reason, minutes) {
              send({ action: "mute", participant: person.id, minutes: minutes, reason: reason });
            });
          })
        );
      }
      box.appendChild(
        button(
          S.remove_person,
          function () {
            ask(fmt(S.remove_title, { name: nameOf(person.id) }), "", false, function (reason) {
              send({ action: "remove", participant: person.id, reason: reason });
            });
          },
          "small danger"
        )
      );
      menu.appendChild(box);
      item.appendChild(menu);
    }
    return item;
  }

  function renderPeople() {
    var list = $("people");
    var openMenus = {};
    list.querySelectorAll("details[open]").forEach(function (node) {
      openMenus[node.getAttribute("data-id")] = true;
    });
    // The line holding the focus is kept as it is, so the focus stays put.
    var kept = null;
    Array.prototype.forEach.call(list.children, function (line) {
      if (line.contains(document.activeElement)) {
        kept = line;
      }
    });
    Array.prototype.slice.call(list.children).forEach(function (line) {
      if (line !== kept) {
        line.remove();
      }
    });
    var here = [];
    var waitingPeople = [];
    state.people.forEach(function (person) {
      if (!person.here || person.removed) {
        return;
      }
      (person.waiting ? waitingPeople : here).push(person);
    });
    var keptId = kept ? kept.getAttribute("data-id") : null;
    var beforeKept = kept !== null;
    here.forEach(function (person) {
      if (String(person.id) === keptId) {
        beforeKept = false;
        return;
      }
      var line = personLine(person);
      line.setAttribute("data-id", person.id);
      var menu = line.querySelector("details");
      if (menu) {
        menu.setAttribute("data-id", person.id);
        menu.open = !!openMenus[person.id];
      }
      if (beforeKept) {
        list.insertBefore(line, kept);
      } else {
        list.appendChild(line);
      }
    });
    $("here-count").textContent = String(here.length);
    var waitingList = $("waiting-people");
    if (waitingList) {
      // The person whose "Let in" had the focus is gone: the focus goes to the next control.
      var hadFocus = waitingList.contains(document.activeElement);
      waitingList.textContent = "";
      if (hadFocus) {
        $("admit-all").focus();
      }
      if (!waitingPeople.length) {
        waitingList.appendChild(el("li", "muted", S.nobody_waiting));
      }
      waitingPeople.forEach(function (person) {
        var line = el("li", "person");
        line.appendChild(el("span", "person-name", nameOf(person.id)));
        line.appendChild(
          button(S.let_in, function () {
            send({ action: "admit", participant: person.id });
          })
        );
        waitingList.appendChild(line);
      });
    }
  }

  function renderStage() {
    var st = state.stage;
    if (!st) {
      return;
    }
    $("room-state").textContent = S["state_" + st.state] || "";
    // The room's state shows on its control (pressed), which keeps its focus.
    root.querySelectorAll("[data-control=open], [data-control=lock], [data-control=close]").forEach(
      function (control) {
        var state = { open: "open", lock: "locked", close: "closed" }[control.getAttribute("data-control")];
        control.setAttribute("aria-pressed", st.state === state ? "true" : "false");
      }
    );
    var floor = st.floor ? st.floor.id : null;
    $("floor-line").textContent =
      floor === null
        ? S.nobody_floor
        : floor === state.you
          ? S.you_have_floor
          : fmt(S.has_floor, { name: nameOf(floor) });
    show("done-button", floor !== null && floor === state.you);
    var queue = st.queue.filter(function (id) {
      var person = state.people.get(id);
      return person && person.here;
    });
    $("next-line").textContent = queue.length
      ? queue[0] === state.you
        ? S.you_are_next
        : fmt(S.next_is, { name: nameOf(queue[0]) })
      : S.nobody_next;
    var raised = st.queue.indexOf(state.you) !== -1;
    var hand = $("hand-button");
    hand.setAttribute("aria-pressed", raised ? "true" : "false");
    hand.textContent = raised ? S.lower_hand : S.raise_hand;
    // Round
    var round = st.round;
    show("round", !!round);
    if (round) {
      var current = round.order[round.position];
      $("round-line").textContent =
        current === state.you ? S.round_your_turn : fmt(S.round_turn, { name: nameOf(current) });
      show("checkin-form", current === state.you);
    } else {
      show("checkin-form", false);
    }
    $("slow-line").textContent = st.slow_mode ? fmt(S.slow_mode, { seconds: st.slow_mode }) : "";
    var slow = $("slow-choice");
    if (slow && document.activeElement !== slow) {
      slow.value = String(st.slow_mode);
    }
    var timerChoice = $("timer-choice");
    if (timerChoice && document.activeElement !== timerChoice) {
      timerChoice.value = String(st.timer.seconds);
    }
    tick();
    renderPeople(); // hands show in the people list
  }

  function tick() {
    var node = $("timer");
    if (state.timerEnds === null || !state.stage || !state.stage.floor) {
      node.hidden = true;
      window.clearInterval(state.timerTick);
      state.timerTick = null;
      return;
    }
    var left = Math.max(0, Math.round((state.timerEnds - Date.now()) / 1000));
    node.hidden = false;
    node.textContent = left > 0 ? fmt(S.time_left, { time: duration(left) }) : S.time_up;
    node.classList.toggle("over", left === 0);
    if (left === 0) {
      window.clearInterval(state.timerTick);
      state.timerTick = null;
      if (state.timeUpFor !== state.timerEnds) {
        state.timeUpFor = state.timerEnds;
        announce(S.time_up);
      }
      return;
    }
    if (state.timerTick === null) {
      state.timerTick = window.setInterval(tick, 1000);
    }
  }

  // --- Rendering: the log ---------------------------------------------------------

  function entry(frame) {
    if (frame.seq <= state.lastSeq) {
      return; // seen already
    }
    state.lastSeq = frame.seq;
    if (frame.kind === "message" || frame.kind === "check_in" || frame.kind === "pass") {
      addLine(frame);
    } else if (frame.kind === "reaction") {
      var target = state.messages.get(frame.target);
      if (frame.reaction.by === state.you) {
        var key = frame.target + ":" + frame.reaction.kind;
        if (frame.reaction.on) {
          state.mine.add(key);
        } else {
          state.mine.delete(key);
        }
      }
      if (target) {
        target.counts = frame.reaction.counts;
        renderReactions(frame.target);
      }
    } else if (frame.kind === "removal") {
      removeLine(frame.target);
    }
    if (state.backlogUntil && frame.seq >= state.backlogUntil) {
      state.backlogUntil = 0;
      $("chat-log").setAttribute("aria-live", "polite");
    }
  }

  function addLine(frame) {
    var log = $("chat-log");
    var item = el("li", "chat-line chat-" + frame.kind);
    item.id = "entry-" + frame.seq;
    var head = el("p", "chat-head");
    var name = frame.anonymous ? S.anonymous : frame.name || S.former;
    head.appendChild(el("strong", null, name));
    var clock = new Date(frame.at).toLocaleTimeString(LOCALE, {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    var time = el("time", "muted", clock);
    time.setAttribute("datetime", frame.at);
    head.appendChild(document.createTextNode(" "));
    head.appendChild(time);
    item.appendChild(head);
    var body;
    if (frame.kind === "pass") {
      body = el("p", "chat-body muted", S.passed);
    } else if (frame.kind === "check_in") {
      body = el("p", "chat-body");
      body.appendChild(el("span", "muted", S.checked_in + " "));
      body.appendChild(el("span", "checkin-word", frame.body));
    } else {
      body = el("p", "chat-body", frame.body);
    }
    item.appendChild(body);
    var record = { item: item, body: body, counts: null };
    state.messages.set(frame.seq, record);
    if (frame.kind !== "pass") {
      var foot = el("div", "chat-foot");
      var counts = el("span", "reaction-counts");
      foot.appendChild(counts);
      record.countsNode = counts;
      var menu = el("details", "react-menu");
      menu.appendChild(el("summary", null, S.react));
      var choices = el("div", "reactions");
      Object.keys(S.reactions).forEach(function (kind) {
        var choice = button(S.reactions[kind], function () {
          send({ action: "react", seq: frame.seq, kind: kind });
        }, "reaction");
        choice.setAttribute("data-kind", kind);
        choice.setAttribute("aria-pressed", "false");
        choices.appendChild(choice);
      });
      menu.appendChild(choices);
      foot.appendChild(menu);
      record.menu = menu;
      if (state.facilitator) {
        foot.appendChild(
          button(S.remove_message, function () {
            ask(S.delete_title, "", false, function (reason) {
              send({ action: "delete", seq: frame.seq, reason: reason });
            });
          }, "link danger-link")
        );
      }
      item.appendChild(foot);
    }
    if (frame.removed) {
      markRemoved(record);
    }
    log.appendChild(item);
    // Follow new messages only when the reader is at the bottom already.
    var nearBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 120;
    if (nearBottom) {
      log.scrollTop = log.scrollHeight;
    }
  }

  function markRemoved(record) {
    record.item.classList.add("removed");
    record.body.textContent = S.removed_message;
    var foot = record.item.querySelector(".chat-foot");
    if (foot) {
      foot.remove();
    }
  }

  function removeLine(seq) {
    var record = state.messages.get(seq);
    if (record) {
      markRemoved(record);
    }
  }

  function renderReactions(seq) {
    var record = state.messages.get(seq);
    if (!record || !record.countsNode) {
      return;
    }
    var parts = [];
    Object.keys(S.reactions).forEach(function (kind) {
      var count = record.counts ? record.counts[kind] : 0;
      if (count) {
        parts.push(S.reactions[kind] + " " + count);
      }
    });
    record.countsNode.textContent = parts.join(" · ");
    record.menu.querySelectorAll("button[data-kind]").forEach(function (choice) {
      var chosen = state.mine.has(seq + ":" + choice.getAttribute("data-kind"));
      choice.setAttribute("aria-pressed", chosen ? "true" : "false");
      choice.classList.toggle("chosen", chosen);
    });
  }

  function error(frame) {
    $("chat-error").textContent = frame.message;
    var input = $("chat-input");
    var giveBack = ["too_long", "too_fast", "muted", "slow_mode", "waiting", "empty"];
    if (giveBack.indexOf(frame.code) !== -1 && state.lastSent && !input.value) {
      input.value = state.lastSent;
    }
    window.clearTimeout(state.errorTimer);
    state.errorTimer = window.setTimeout(function () {
      $("chat-error").textContent = "";
    }, 8000);
  }

  // The writer's own answer from the safety screening: the panel comes rendered by the
  // server in the writer's language (crisis lines of their country).
  function care(frame) {
    var panel = $("care-panel");
    $("care-body").innerHTML = frame.html;
    panel.querySelectorAll("[data-care-choice]").forEach(function (choice) {
      choice.addEventListener("click", function () {
        answerCare(choice);
      });
    });
    show("care-panel", true);
    if (frame.level === "urgent") {
      // The one place the room moves the focus: someone may be in danger.
      panel.focus();
    } else {
      announce(S.care_announce);
    }
  }

  function answerCare(choice) {
    var panel = $("care-panel");
    var token = panel.querySelector("input[name=csrfmiddlewaretoken]").value;
    var body = new FormData();
    body.append("choice", choice.getAttribute("data-care-choice"));
    body.append("csrfmiddlewaretoken", token);
    var said = panel.querySelector(".care-answered");
    fetch(choice.getAttribute("data-care-url"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": token },
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        panel.querySelectorAll("[data-care-choice]").forEach(function (other) {
          other.disabled = true;
        });
        said.textContent =
          choice.getAttribute("data-care-choice") === "safe"
            ? S.care_thanks_safe
            : S.care_thanks_outreach;
      })
      .catch(function () {
        said.textContent = S.care_failed;
      });
  }

  function careAlert(frame) {
    var list = $("care-alert-list");
    if (!list) {
      return;
    }
    var text = fmt(frame.held ? S.care_alert : S.care_alert_shown, {
      name: nameOf(frame.participant),
    });
    var line = el("li", null, text + " ");
    var link = el("a", null, S.care_open_flag);
    link.href = frame.flag;
    link.target = "_blank";
    link.rel = "noopener";
    line.appendChild(link);
    list.appendChild(line);
    show("care-alerts", true);
  }

  // --- Facilitator dialog -----------------------------------------------------------

  var pending = null;

  function ask(title, text, withMinutes, then) {
    var dialog = $("control-dialog");
    if (!dialog) {
      return;
    }
    $("control-title").textContent = title;
    $("control-text").textContent = text;
    show("control-minutes-row", withMinutes);
    var reason = $("control-reason");
    reason.value = "";
    reason.required = title !== S.close_title;
    pending = { then: then, withMinutes: withMinutes };
    dialog.showModal();
  }

  function wireDialog() {
    var dialog = $("control-dialog");
    if (!dialog) {
      return;
    }
    dialog.addEventListener("close", function () {
      if (dialog.returnValue === "confirm" && pending) {
        var minutes = parseInt($("control-minutes").value, 10);
        pending.then($("control-reason").value.trim(), minutes);
      }
      pending = null;
      dialog.returnValue = "";
    });
  }

  // --- Wiring -------------------------------------------------------------------------

  function wire() {
    $("chat-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var input = $("chat-input");
      var body = input.value.trim();
      if (!body) {
        return;
      }
      if (send({ action: "say", body: body })) {
        state.lastSent = input.value;
        input.value = "";
        $("chat-error").textContent = "";
      }
    });
    $("chat-input").addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        $("chat-form").requestSubmit();
      }
    });
    $("hand-button").addEventListener("click", function () {
      var raised = $("hand-button").getAttribute("aria-pressed") === "true";
      send({ action: "hand", up: !raised });
    });
    $("done-button").addEventListener("click", function () {
      send({ action: "done" });
    });
    $("checkin-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var word = $("checkin-word");
      if (send({ action: "check_in", word: word.value })) {
        word.value = "";
      }
    });
    $("pass-button").addEventListener("click", function () {
      send({ action: "pass" });
    });
    var dismiss = $("care-alerts-dismiss");
    if (dismiss) {
      dismiss.addEventListener("click", function () {
        $("care-alert-list").textContent = "";
        show("care-alerts", false);
        $("chat-input").focus();
      });
    }
    $("care-close").addEventListener("click", function () {
      show("care-panel", false);
      // The panel had the focus: give it back to where the member writes.
      $("chat-input").focus();
    });
    $("retry-button").addEventListener("click", function () {
      show("room-blocked", false);
      start();
    });
    root.querySelectorAll("[data-control]").forEach(function (control) {
      control.addEventListener("click", function () {
        var action = control.getAttribute("data-control");
        if (action === "close") {
          ask(S.close_title, S.close_text, false, function (reason) {
            send({ action: "close", reason: reason });
          });
        } else {
          send({ action: action });
        }
      });
    });
    var admitAll = $("admit-all");
    if (admitAll) {
      admitAll.addEventListener("click", function () {
        send({ action: "admit" });
      });
    }
    var timerChoice = $("timer-choice");
    if (timerChoice) {
      timerChoice.addEventListener("change", function () {
        send({ action: "timer", seconds: parseInt(timerChoice.value, 10) });
      });
    }
    var slow = $("slow-choice");
    if (slow) {
      slow.addEventListener("change", function () {
        send({ action: "slow_mode", seconds: parseInt(slow.value, 10), reason: "" });
      });
    }
    $("appearance-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var chosen = $("appearance-form").querySelector("input[name=appearance]:checked");
      state.anonymous = !!chosen && chosen.value === "anonymous";
      screen("none");
      connect();
    });
    wireDialog();
  }

  function start() {
    probe(function () {
      if (root.getAttribute("data-choose") === "1" && !state.you) {
        status("");
        screen("appearance");
      } else {
        connect();
      }
    });
  }

  wire();
  start();
})();
