"""The dashboard page: one self-contained HTML file (inline CSS and SVG, no script, nothing fetched)."""
# ruff: noqa: E501  (HTML and CSS read better unwrapped)

from __future__ import annotations

from jinja2 import Environment, select_autoescape

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{% if refresh_s %}<meta http-equiv="refresh" content="{{ refresh_s|int }}">{% endif %}
<title>idp operations — {{ r.store }}</title>
<style>
  :root { --ink:#111827; --muted:#6b7280; --line:#e5e7eb; --bg:#f8fafc; --ok:#059669; --bad:#dc2626; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink);
         background:var(--bg); }
  header { background:#0f172a; color:#f8fafc; padding:14px 28px; display:flex; align-items:baseline; gap:18px; }
  header h1 { font-size:19px; margin:0; font-weight:600; }
  header .meta { color:#cbd5e1; font-size:12px; }
  main { padding:18px 28px 30px; max-width:1280px; margin:0 auto; }
  .alerts { background:#fef2f2; border:1px solid #fecaca; color:#991b1b; border-radius:8px; padding:10px 14px;
            margin-bottom:16px; }
  .alerts ul { margin:4px 0 0 18px; padding:0; }
  .ok { background:#ecfdf5; border:1px solid #a7f3d0; color:#065f46; border-radius:8px; padding:8px 14px;
        margin-bottom:16px; }
  .kpis { display:grid; grid-template-columns:repeat(6, 1fr); gap:12px; margin-bottom:16px; }
  .kpi { background:#fff; border:1px solid var(--line); border-radius:10px; padding:12px 14px; }
  .kpi .label { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.04em; }
  .kpi .value { font-size:26px; font-weight:650; margin-top:2px; }
  .kpi .sub { color:var(--muted); font-size:12px; }
  .kpi.bad .value { color:var(--bad); }
  .card { background:#fff; border:1px solid var(--line); border-radius:10px; padding:12px 16px; margin-bottom:16px; }
  .card h2 { font-size:14px; margin:0 0 8px; font-weight:600; }
  .card h2 small { color:var(--muted); font-weight:400; }
  .row { display:grid; grid-template-columns:1fr 1fr; gap:16px; }
  .row .card { margin-bottom:16px; }
  svg.chart { width:100%; height:auto; display:block; }
  table { border-collapse:collapse; width:100%; font-size:13px; }
  th, td { padding:5px 8px; border-bottom:1px solid var(--line); text-align:right; white-space:nowrap; }
  th:first-child, td:first-child, th.l, td.l { text-align:left; }
  th { color:var(--muted); font-weight:500; font-size:12px; }
  td.alert { color:var(--bad); font-weight:600; }
  footer { color:var(--muted); font-size:12px; margin-top:8px; }
</style>
</head>
<body>
<header><h1>idp operations</h1>
  <span class="meta">{{ r.store }} · {% if r.since %}since {{ r.since }}{% else %}all history{% endif %}
  · generated {{ r.generated_at[:19]|replace("T", " ") }} UTC{% if refresh_s %} · refreshes every {{ refresh_s|int }} s{% endif %}</span>
</header>
<main>
{% if r.alerts %}<div class="alerts" id="alerts"><strong>{{ r.alerts|length }} alert{{ "s" if r.alerts|length > 1 }}</strong>
<ul>{% for a in r.alerts %}<li>{{ a }}</li>{% endfor %}</ul></div>
{% else %}<div class="ok" id="alerts">No alerts: queue within SLA, no drift beyond the limits.</div>{% endif %}
<section class="kpis">
{% for k in kpis %}<div class="kpi{{ ' bad' if k.bad }}"><div class="label">{{ k.label }}</div>
<div class="value">{{ k.value }}</div><div class="sub">{{ k.sub }}</div></div>
{% endfor %}</section>
<div class="card"><h2>Documents per day <small>auto-accepted vs sent to review; line: automation rate</small></h2>{{ charts.volume }}</div>
<div class="row">
  <div class="card"><h2>Review queue by age <small>{{ r.queue.size }} waiting, {{ r.queue.sla_breaches }} past SLA</small></h2>{{ charts.queue }}</div>
  <div class="card"><h2>Time per stage <small>ms per page</small></h2>{{ charts.stages }}</div>
</div>
<div class="row">
  <div class="card"><h2>Field confidence vs baseline <small>mean since {{ r.drift.since or "start" }}; tick: evaluation baseline</small></h2>{{ charts.drift }}</div>
  <div class="card"><h2>Correction rate per field <small>share of reviewed values a person changed</small></h2>{{ charts.corrections }}</div>
</div>
<div class="card"><h2>Mean confidence per day <small>fields with a baseline</small></h2>{{ charts.confidence }}</div>
<div class="card"><h2>Throughput per run <small>pages/s</small></h2>{{ charts.runs }}</div>
<div class="card"><h2>By document type</h2>
<table id="by-doc-type"><tr><th>type</th><th>documents</th><th>pages</th><th>auto-accepted</th><th>needs review</th>
<th>QA sampled</th><th>reviewed</th><th>automation</th><th>queue</th><th>oldest</th><th>SLA</th><th>past SLA</th></tr>
{% for t in types %}<tr><td>{{ t.name }}</td><td>{{ t.documents }}</td><td>{{ t.pages }}</td><td>{{ t.auto }}</td>
<td>{{ t.review }}</td><td>{{ t.qa }}</td><td>{{ t.reviewed }}</td><td>{{ t.automation }}</td><td>{{ t.queue }}</td>
<td>{{ t.oldest }}</td><td>{{ t.sla }}</td><td class="{{ 'alert' if t.breaches }}">{{ t.breaches }}</td></tr>{% endfor %}
</table></div>
<div class="card"><h2>Fields</h2>
<table id="fields"><tr><th>type</th><th class="l">field</th><th>values</th><th>mean confidence</th><th>automation</th>
<th>reviewed</th><th>corrected</th><th>correction rate</th><th>mean since {{ r.drift.since or "start" }}</th><th>baseline</th><th>drop</th></tr>
{% for f in fields %}<tr><td>{{ f.doc_type }}</td><td class="l">{{ f.name }}</td><td>{{ f.count }}</td><td>{{ f.mean }}</td>
<td>{{ f.automation }}</td><td>{{ f.reviewed }}</td><td>{{ f.corrected }}</td><td>{{ f.correction }}</td>
<td>{{ f.recent }}</td><td>{{ f.baseline }}</td><td class="{{ 'alert' if f.alert }}">{{ f.drop }}</td></tr>{% endfor %}
</table></div>
<footer>QA error rate: corrected / shown fields of QA-sampled documents, {{ (r.qa.confidence_level * 100)|round|int }}% Wilson
interval. Baselines: {{ r.drift.baselines|join("; ") or "none" }}. Rollups read: {{ r.rollups.runs }} runs,
{{ r.rollups.reviews }} reviews{% if r.rollups.damaged %}, {{ r.rollups.damaged }} damaged (left out){% endif %}.</footer>
</main>
</body>
</html>
"""

_ENV = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
TEMPLATE = _ENV.from_string(PAGE)
