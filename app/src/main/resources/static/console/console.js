// The console page: renders the room's posts (Adaptive Cards through Microsoft's renderer), sends what the person
// types or presses as turns, and shows the ledger and audit views. It decides nothing: every answer comes from the app.
(function () {
  'use strict';
  const AC = window.AdaptiveCards;
  const api = 'console/api/';
  const $ = (id) => document.getElementById(id);
  const people = {};

  const hostConfig = new AC.HostConfig({
    fontFamily: '"Segoe UI", "DejaVu Sans", sans-serif',
    supportsInteractivity: true,
    actions: {
      maxActions: 6, actionsOrientation: 'Horizontal', actionAlignment: 'Left', buttonSpacing: 8, spacing: 'Default',
      showCard: { actionMode: 'Inline', inlineTopMargin: 12, style: 'emphasis' },
    },
    containerStyles: {
      default: { backgroundColor: '#FFFFFF' }, emphasis: { backgroundColor: '#F3F2F1' },
      good: { backgroundColor: '#E7F2DA' }, warning: { backgroundColor: '#FBF6D9' },
      attention: { backgroundColor: '#FCF4F6' }, accent: { backgroundColor: '#E5F1FB' },
    },
  });

  async function call(path, options) {
    const response = await fetch(api + path, options);
    if (!response.ok) {
      throw new Error((await response.text()) || response.statusText);
    }
    return response.json();
  }

  function send(turn) {
    turn.as = $('person').value;
    turn.id = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
    return call('turns', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(turn) })
      .then((answer) => answer.posts.forEach(show))
      .catch((e) => show({ id: 'error-' + turn.id, author: 'arbot', text: 'Not sent: ' + e.message, at: new Date().toISOString() }));
  }

  function renderCard(post) {
    const card = new AC.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.onExecuteAction = (action) => {
      const data = Object.assign({}, action.data || {});
      const verb = action.verb || data.action;
      delete data.action;
      send({ action: verb, data: data, post: post.id });
    };
    card.parse(post.card);
    return card.render();
  }

  function show(post) {
    let item = document.querySelector('#posts > li[data-id="' + post.id + '"]');
    const fresh = !item;
    if (fresh) {
      item = document.createElement('li');
      item.dataset.id = post.id;
    }
    item.className = post.author === 'arbot' ? 'bot' : 'person';
    if (post.author === 'arbot' && !post.card && /^(Refused|Not allowed|Already)\b/.test(post.text)) {
      item.classList.add('refusal');
    }
    item.dataset.author = post.author;
    item.replaceChildren();
    const meta = document.createElement('div');
    meta.className = 'meta';
    const who = post.author === 'arbot' ? 'arbot' : (people[post.author] || post.author);
    meta.textContent = who + ' \u00b7 ' + new Date(post.at).toLocaleTimeString();
    item.appendChild(meta);
    if (post.card) {
      const box = document.createElement('div');
      box.className = 'card';
      box.appendChild(renderCard(post));
      item.appendChild(box);
    } else {
      const bubble = document.createElement('div');
      bubble.className = 'bubble';
      bubble.textContent = post.text;
      item.appendChild(bubble);
    }
    if (fresh) {
      // A reply to a card goes right under it (and under the card's earlier replies); anything else goes last.
      let anchor = post.replyTo && document.querySelector('#posts > li[data-id="' + post.replyTo + '"]');
      while (anchor && anchor.nextElementSibling && anchor.nextElementSibling.dataset.replyTo === post.replyTo) {
        anchor = anchor.nextElementSibling;
      }
      if (post.replyTo) item.dataset.replyTo = post.replyTo;
      if (anchor) anchor.after(item); else $('posts').appendChild(item);
      item.scrollIntoView({ block: 'nearest' });
    }
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) td.className = className;
  }

  async function refreshViews() {
    const [ledger, audit] = await Promise.all([call('ledger'), call('audit')]);
    const orders = $('orders').tBodies[0];
    orders.replaceChildren();
    ledger.orders.forEach((o) => {
      const row = orders.insertRow();
      row.dataset.order = o.id;
      cell(row, o.id); cell(row, o.customer); cell(row, o.amount); cell(row, o.state, 'state-' + o.state);
    });
    const customers = $('customers').tBodies[0];
    customers.replaceChildren();
    ledger.customers.forEach((c) => {
      const row = customers.insertRow();
      cell(row, c.name + (c.onHold ? ' (on hold)' : '')); cell(row, c.balance); cell(row, c.creditLimit);
    });
    $('unapplied').textContent = ledger.unappliedPayments + ' unapplied payments in the bank feed';
    $('audit-total').textContent = '(' + audit.total + ' entries)';
    const entries = $('entries');
    entries.replaceChildren();
    audit.entries.forEach((e) => {
      const li = document.createElement('li');
      const kind = document.createElement('b');
      kind.textContent = '#' + e.sequence + ' ' + e.kind;
      li.appendChild(kind);
      li.appendChild(document.createTextNode(' ' + e.actor + ' (' + e.channel.toLowerCase() + ') ' + e.at
        + (e.proposal ? ' \u00b7 ' + e.proposal : '')));
      const details = document.createElement('pre');
      details.textContent = e.details;
      li.appendChild(details);
      entries.appendChild(li);
    });
  }

  function listen() {
    const events = new EventSource(api + 'stream');
    events.addEventListener('hello', () => { $('live').textContent = 'live'; $('live').classList.add('on'); });
    events.addEventListener('post', (e) => show(JSON.parse(e.data)));
    events.addEventListener('changed', () => refreshViews());
    events.addEventListener('cleared', () => $('posts').replaceChildren());
    events.onerror = () => { $('live').textContent = 'reconnecting'; $('live').classList.remove('on'); };
  }

  async function start() {
    const list = await call('people');
    list.forEach((p) => {
      people[p.id] = p.name;
      const option = document.createElement('option');
      option.value = p.id;
      option.textContent = p.name + ' \u2014 ' + p.roles.map((r) => r.toLowerCase().replace('_', ' ')).join(', ');
      $('person').appendChild(option);
    });
    (await call('feed')).forEach(show);
    await refreshViews();
    listen();
    $('say').addEventListener('submit', (e) => {
      e.preventDefault();
      const text = $('text').value.trim();
      if (text) {
        $('text').value = '';
        send({ text: text });
      }
    });
    $('reset').addEventListener('click', () => call('reset', { method: 'POST' }).then(refreshViews));
    document.body.dataset.ready = 'true';
  }

  start();
})();
