'use strict';
// The sync dashboard: reads the service's own API (same origin, same basic auth) and renders it.
// No framework and no build step; every value is written with textContent, never as HTML.
(() => {
  const REFRESH_MS = 5000;
  const LIVE_MS = 1000;
  const ACTIVE = ['QUEUED', 'RUNNING'];
  let liveJobId = null;
  let liveTimer = null;
  // Every time on the page is shown in the service's zone (sync.time-zone, from /config), the zone of the figures' days.
  let timeZone = 'UTC';

  const $ = selector => document.querySelector(selector);
  const $$ = selector => Array.from(document.querySelectorAll(selector));
  // Resolved against the origin, never the page's URL: that may carry user:password, which fetch refuses.
  const url = path => new URL(path, location.origin);

  async function getJson(path) {
    const response = await fetch(url(path), { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(await problemText(response));
    }
    return response.json();
  }

  async function send(method, path, body) {
    const response = await fetch(url(path), {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({}));
    return { ok: response.ok, status: response.status, data };
  }

  async function problemText(response) {
    const body = await response.json().catch(() => null);
    return (body && (body.detail || body.title)) || `HTTP ${response.status} for ${response.url}`;
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  const fmt = {
    count: value => (value === null || value === undefined ? '–' : String(value)),
    percent: value => (value === null || value === undefined ? '–' : `${Number(value).toFixed(1)}%`),
    // 2025-12-07 02:00:00 in the service's zone: unambiguous whatever the browser's locale or zone.
    time: iso => (iso ? zoned(new Date(iso)) : '–'),
    duration(ms) {
      if (ms === null || ms === undefined) return '–';
      const seconds = Math.round(ms / 1000);
      if (seconds < 60) return ms < 10000 ? `${(ms / 1000).toFixed(1)} s` : `${seconds} s`;
      const minutes = Math.floor(seconds / 60);
      if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
      return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
    },
  };

  function zoned(date) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
    }).formatToParts(date).map(part => [part.type, part.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
  }

  function banner(message, kind) {
    const node = $('#banner');
    node.textContent = message || '';
    node.className = `banner ${kind || ''}`;
    node.hidden = !message;
  }

  function renderSummary(summary) {
    const figures = summary.summary;
    $$('[data-figure]').forEach(node => {
      const name = node.dataset.figure;
      node.textContent = name.endsWith('Rate') ? fmt.percent(figures[name]) : fmt.count(figures[name]);
    });
    $('#summary-date').textContent = `${summary.date} (${summary.timeZone})`;
    const rows = $('#by-type tbody');
    rows.replaceChildren(...summary.byType.map(type => {
      const row = el('tr');
      [type.syncType, type.count, type.successOnly, type.partial, type.failed, type.dryRun, type.totalProcessed, type.totalSuccess]
        .forEach((value, i) => row.append(el('td', value, i === 0 ? '' : 'num')));
      return row;
    }));
    if (summary.byType.length === 0) {
      const row = el('tr');
      const cell = el('td', 'No runs today yet', 'muted');
      cell.colSpan = 8;
      row.append(cell);
      rows.append(row);
    }
    Object.entries(summary.jobQueueStats).forEach(([name, value]) => {
      const node = $(`[data-queue="${name}"]`);
      if (node) node.textContent = fmt.count(value);
    });
  }

  function renderSession(stats) {
    $$('[data-session]').forEach(node => {
      const name = node.dataset.session;
      const value = stats[name];
      if (name === 'isValid') {
        node.replaceChildren(el('span', value ? 'valid' : 'no valid session', `badge ${value ? 'valid' : 'invalid'}`));
      } else {
        node.textContent = name.endsWith('At') ? fmt.time(value) : fmt.count(value);
      }
    });
  }

  function renderChart(daily) {
    const days = daily.days;
    const width = 700;
    const height = 220;
    const pad = { left: 34, right: 40, top: 12, bottom: 26 };
    const plotW = width - pad.left - pad.right;
    const plotH = height - pad.top - pad.bottom;
    // The bars' scale ends at an even number of runs, so the middle grid line is a whole number of runs too.
    const maxRuns = 2 * Math.ceil(Math.max(1, ...days.map(d => d.summary.successJobs + d.summary.failedJobs)) / 2);
    const slot = plotW / days.length;
    const y = runs => pad.top + plotH - (runs / maxRuns) * plotH;
    const yRate = rate => pad.top + plotH - (rate / 100) * plotH;
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const add = (tag, attrs, text) => {
      const node = document.createElementNS(ns, tag);
      Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
      if (text !== undefined) node.textContent = text;
      svg.append(node);
      return node;
    };
    [0, 0.5, 1].forEach(share => {
      const lineY = pad.top + plotH - share * plotH;
      add('line', { x1: pad.left, x2: width - pad.right, y1: lineY, y2: lineY, stroke: '#e3e7ef' });
      add('text', { x: pad.left - 6, y: lineY + 3, 'text-anchor': 'end' }, String(share * maxRuns));
      add('text', { x: width - pad.right + 6, y: lineY + 3 }, `${Math.round(share * 100)}%`);
    });
    const points = [];
    days.forEach((day, i) => {
      const s = day.summary;
      const x = pad.left + i * slot + slot * 0.2;
      const barW = slot * 0.6;
      const okTop = y(s.successOnlyJobs);
      add('rect', { x, y: okTop, width: barW, height: pad.top + plotH - okTop, fill: '#16a34a', rx: 2 })
        .append(Object.assign(document.createElementNS(ns, 'title'), { textContent: `${day.date}: ${s.successOnlyJobs} succeeded` }));
      const partialTop = y(s.successJobs);
      add('rect', { x, y: partialTop, width: barW, height: okTop - partialTop, fill: '#d97706', rx: 2 })
        .append(Object.assign(document.createElementNS(ns, 'title'), { textContent: `${day.date}: ${s.partialJobs} partial` }));
      const badTop = y(s.successJobs + s.failedJobs);
      add('rect', { x, y: badTop, width: barW, height: partialTop - badTop, fill: '#dc2626', rx: 2 })
        .append(Object.assign(document.createElementNS(ns, 'title'), { textContent: `${day.date}: ${s.failedJobs} failed` }));
      add('text', { x: x + barW / 2, y: height - 8, 'text-anchor': 'middle' }, day.date.slice(8) + '.' + day.date.slice(5, 7));
      if (s.successJobs + s.failedJobs > 0) points.push([x + barW / 2, yRate(s.successRate), day.date, s.successRate]);
    });
    if (points.length > 1) {
      add('polyline', { points: points.map(p => `${p[0]},${p[1]}`).join(' '), fill: 'none', stroke: '#4f46e5', 'stroke-width': 2 });
    }
    points.forEach(p => add('circle', { cx: p[0], cy: p[1], r: 3.5, fill: '#4f46e5' })
      .append(Object.assign(document.createElementNS(ns, 'title'), { textContent: `${p[2]}: ${p[3].toFixed(1)}% success` })));
    $('#chart').replaceChildren(svg);
  }

  function renderRuns(page) {
    $('#runs-total').textContent = `${page.jobs.length} of ${page.total}`;
    $('#runs tbody').replaceChildren(...page.jobs.map(job => {
      const row = el('tr');
      row.dataset.jobId = job.jobId;
      const id = el('td');
      id.append(jobLink(job.jobId, 'show'));
      if (job.attempt > 1) id.append(el('span', ` attempt ${job.attempt}`, 'muted'));
      const status = el('td');
      status.append(el('span', job.status, `badge ${job.status}`));
      if (job.dryRun) status.append(el('span', ' dry run', 'muted'));
      const c = job.counters;
      row.append(id, el('td', job.syncType), status, el('td', fmt.time(job.startedAt || job.createdAt)), el('td', fmt.duration(job.durationMs)),
        el('td', c.total, 'num'), el('td', c.created, 'num'), el('td', c.updated, 'num'), el('td', c.unchanged, 'num'), el('td', c.failed, 'num'),
        actions(job));
      if (job.errorMessage && job.status === 'FAILED') row.title = job.errorMessage;
      return row;
    }));
    if (!liveJobId) {
      const active = page.jobs.find(job => ACTIVE.includes(job.status));
      if (active) follow(active.jobId);
    }
  }

  function renderSchedules(schedules) {
    $('#schedules tbody').replaceChildren(...schedules.map(schedule => {
      const row = el('tr');
      row.dataset.schedule = schedule.name;
      row.append(el('td', schedule.name), el('td', schedule.syncType), el('td', schedule.mode), el('td', schedule.cron),
        el('td', schedule.zone), el('td', schedule.enabled ? fmt.time(schedule.nextRun) : 'off', 'next-run'));
      return row;
    }));
  }

  function actions(job) {
    const cell = el('td', null, 'num');
    if (job.counters.failed > 0) cell.append(button('Failures', 'show-failures', () => showFailures(job.jobId, job.attempt)));
    if (job.status === 'FAILED' || job.status === 'PARTIAL') cell.append(button('Retry', 'retry', () => retry(job.jobId)));
    if (ACTIVE.includes(job.status)) cell.append(button('Follow', 'follow', () => follow(job.jobId)));
    return cell;
  }

  function button(text, action, onClick) {
    const node = el('button', text, 'small');
    node.type = 'button';
    node.dataset.action = action;
    node.addEventListener('click', onClick);
    return node;
  }

  // A job's short id as a link that follows the job in the live panel.
  function jobLink(jobId, action) {
    const node = button('', action, () => follow(jobId));
    node.className = 'link-button';
    node.dataset.jobId = jobId;
    node.title = jobId;
    node.append(el('code', jobId.slice(0, 8)));
    return node;
  }

  // The attempt shown, and the retry-failed jobs on either side of the job: what fixed it, what it fixes.
  function renderLinks(job) {
    const links = $('#live-links');
    const parts = [];
    if (job.attempts && job.attempts.length > 1) parts.push([el('span', `Attempt ${job.attempt} of ${job.attempts.length}`)]);
    if (job.retryOf) parts.push([el('span', 'Retries the failed records of job '), jobLink(job.retryOf, 'retry-of')]);
    if (job.retriedBy && job.retriedBy.length > 0) {
      parts.push([el('span', 'Failed records retried by job '), ...job.retriedBy.map(id => jobLink(id, 'retried-by'))]);
    }
    links.replaceChildren(...parts.map(nodes => {
      const line = el('span', null, 'live-link');
      line.append(...nodes);
      return line;
    }));
    links.hidden = parts.length === 0;
  }

  async function showFailures(jobId, attempt) {
    try {
      const records = await getJson(`/api/sync/job/${jobId}/records?outcome=FAILED&size=50${attempt ? `&attempt=${attempt}` : ''}`);
      $('#failures-job').textContent = jobId;
      $('#failures-table tbody').replaceChildren(...records.items.map(item => {
        const row = el('tr');
        row.append(el('td', item.sku ?? '–'), el('td', item.cardCode ?? '–'), el('td', item.katanaId, 'num'), el('td', item.action),
          el('td', item.reason, 'reason'));
        return row;
      }));
      $('#failures-more').textContent = records.total > records.items.length ? `Showing ${records.items.length} of ${records.total}.` : '';
      $('#failures').hidden = false;
      $('#failures').scrollIntoView({ behavior: 'smooth' });
    } catch (error) {
      banner(`Could not load the failed records: ${error.message}`);
    }
  }

  async function retry(jobId) {
    const answer = await send('POST', `/api/sync/dashboard/jobs/${jobId}/retry`);
    if (answer.ok) {
      banner(`${answer.data.message}: job ${jobId}`, 'info');
      follow(jobId);
    } else {
      banner(answer.data.detail || `Retry failed (HTTP ${answer.status})`);
    }
    refresh();
  }

  async function startSync(event) {
    event.preventDefault();
    const limit = $('#sync-limit').value;
    const body = { syncType: $('#sync-type').value, dryRun: $('#sync-dry-run').checked };
    if (limit !== '') body.limit = Number(limit);
    $('#start-button').disabled = true;
    try {
      const answer = await send('POST', '/api/sync/start', body);
      if (answer.status === 202) {
        banner(`Started ${answer.data.syncType} sync, job ${answer.data.jobId}`, 'info');
        follow(answer.data.jobId);
      } else if (answer.status === 409) {
        banner(answer.data.detail);
        follow(answer.data.runningJobId);
      } else {
        banner(answer.data.detail || `Could not start the sync (HTTP ${answer.status})`);
      }
    } finally {
      $('#start-button').disabled = false;
      refresh();
    }
  }

  function follow(jobId) {
    liveJobId = jobId;
    clearTimeout(liveTimer);
    $('#live').hidden = false;
    pollLive();
  }

  async function pollLive() {
    const jobId = liveJobId;
    try {
      const job = await getJson(`/api/sync/job/${jobId}`);
      if (jobId !== liveJobId) return;
      $('#live-job').textContent = job.jobId;
      const status = $('#live-status');
      status.textContent = job.status;
      status.className = `badge ${job.status}`;
      const bar = $('#live-bar');
      bar.style.width = `${ACTIVE.includes(job.status) ? job.progress.percent : 100}%`;
      bar.className = `bar ${{ SUCCESS: 'done', PARTIAL: 'partial', FAILED: 'failed' }[job.status] || ''}`;
      $('#live-progress').textContent = `${job.progress.done} / ${job.progress.total} records (${job.progress.percent.toFixed(1)}%)`;
      const c = job.counters;
      const p = job.planned || {};
      $('#live-counters').textContent = job.dryRun
        ? `dry run, nothing written: ${p.CREATE || 0} to create · ${p.UPDATE || 0} to update · ${p.UNCHANGED || 0} unchanged · ${c.failed} failed`
        : `${c.created} created · ${c.updated} updated · ${c.unchanged} unchanged · ${c.failed} failed`;
      renderLinks(job);
      if (ACTIVE.includes(job.status)) {
        liveTimer = setTimeout(pollLive, LIVE_MS);
      } else {
        refresh();
      }
    } catch (error) {
      banner(`Could not read job ${jobId}: ${error.message}`);
    }
  }

  async function refreshSession(event) {
    const answer = await send('POST', '/api/sync/session/refresh');
    if (answer.ok) {
      renderSession(answer.data);
      banner('Logged in to Luca again', 'info');
    } else {
      banner(answer.data.detail || `Luca login failed (HTTP ${answer.status})`);
    }
    event.target.blur();
  }

  async function refresh() {
    try {
      const [summary, daily, runs, session, schedules] = await Promise.all([
        getJson('/api/sync/dashboard/summary'), getJson('/api/sync/dashboard/daily?days=14'),
        getJson('/api/sync/dashboard/jobs?size=10'), getJson('/api/sync/session/stats'), getJson('/api/sync/schedules')]);
      renderSummary(summary);
      renderChart(daily);
      renderRuns(runs);
      renderSession(session);
      renderSchedules(schedules);
      $('#updated-at').textContent = `Updated ${fmt.time(new Date().toISOString())} (${timeZone})`;
      document.body.dataset.loaded = 'true';
    } catch (error) {
      banner(`Could not load the dashboard: ${error.message}`);
    }
  }

  async function init() {
    const config = await getJson('/api/sync/dashboard/config');
    timeZone = config.timeZone;
    $('#time-zone-note').textContent = `Times in ${timeZone}`;
    $('#sync-type').replaceChildren(...config.syncTypes.map(type => el('option', type)));
    if (config.jobRunrDashboardPort) {
      const link = $('#jobrunr-link');
      link.href = `${location.protocol}//${location.hostname}:${config.jobRunrDashboardPort}/dashboard`;
      link.hidden = false;
    }
    $('#start-form').addEventListener('submit', startSync);
    $('#refresh-session').addEventListener('click', refreshSession);
    $('#close-failures').addEventListener('click', () => { $('#failures').hidden = true; });
    await refresh();
    setInterval(refresh, REFRESH_MS);
  }

  init().catch(error => banner(`Could not start the dashboard: ${error.message}`));
})();
