// Drag-and-drop upload, live status of the reports list, and reloading pages that wait for a check. Without
// scripts the form posts as usual.
(function () {
    'use strict';
    var token = document.querySelector('meta[name="csrf-token"]');
    var zone = document.getElementById('drop-zone');
    var input = document.getElementById('file-input');
    var results = document.getElementById('upload-results');

    function say(text, ok) {
        var li = document.createElement('li');
        li.className = ok ? 'ok' : 'rejected';
        li.textContent = text;
        results.appendChild(li);
    }

    function upload(files) {
        if (!files || files.length === 0) { return; }
        var data = new FormData();
        for (var i = 0; i < files.length; i++) { data.append('files', files[i]); }
        say('正在上传 ' + files.length + ' 个文件……', true);
        fetch('/api/reports', { method: 'POST', body: data, headers: { 'X-CSRF-TOKEN': token ? token.content : '' }, credentials: 'same-origin' })
            .then(function (response) { return response.json().then(function (body) { return { status: response.status, body: body }; }); })
            .then(function (reply) {
                var list = (reply.body && reply.body.files) || (reply.body && reply.body.extensions && reply.body.extensions.files) || [];
                if (list.length === 0 && reply.body && reply.body.detail) { say(reply.body.detail, false); }
                list.forEach(function (f) {
                    say(f.fileName + '：' + (f.batchId ? '压缩包已接收，其中 ' + f.batchReports + ' 份报告排队检查' : f.accepted ? '已接收，排队检查' : f.rejection), f.accepted);
                });
                // A zip becomes a batch: its page shows the progress and offers the summaries.
                var batch = list.filter(function (f) { return f.batchId; })[0];
                setTimeout(function () { if (batch) { location.href = '/batches/' + batch.batchId; } else { location.reload(); } }, 800);
            })
            .catch(function () { say('上传失败：网络错误或文件过大。', false); });
    }

    if (zone && input) {
        input.addEventListener('change', function () { upload(input.files); });
        ['dragenter', 'dragover'].forEach(function (name) {
            zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add('over'); });
        });
        ['dragleave', 'drop'].forEach(function (name) {
            zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove('over'); });
        });
        zone.addEventListener('drop', function (e) { upload(e.dataTransfer.files); });
    }

    // Live status: poll while any report in the list is still queued or being checked.
    var table = document.getElementById('reports');
    function pending() { return table && table.querySelector('tr[data-status="queued"], tr[data-status="running"]'); }
    function poll() {
        if (!pending()) { return; }
        fetch('/api/reports?take=200', { credentials: 'same-origin' })
            .then(function (r) { return r.json(); })
            .then(function (list) {
                var changed = false;
                list.reports.forEach(function (report) {
                    var row = table.querySelector('tr[data-report="' + report.id + '"]');
                    if (!row) { changed = true; return; }
                    if (row.getAttribute('data-status') !== report.status) {
                        row.setAttribute('data-status', report.status);
                        var status = row.querySelector('.status');
                        status.className = 'status status-' + report.status;
                        status.textContent = report.statusText + (report.failure ? '：' + report.failure : '');
                        var verdict = row.querySelector('.verdict');
                        verdict.className = 'verdict verdict-' + (report.verdict || '');
                        verdict.textContent = report.verdictText || '';
                        row.querySelector('.errors').textContent = report.errors === null ? '' : report.errors;
                        row.querySelector('.warnings').textContent = report.warnings === null ? '' : report.warnings;
                    }
                });
                if (changed) { location.reload(); return; }
                setTimeout(poll, 1500);
            })
            .catch(function () { setTimeout(poll, 5000); });
    }
    setTimeout(poll, 1000);

    // Pages waiting for a check (a report, a batch) reload themselves; the delay is in the page's markup because the
    // Content-Security-Policy allows no inline script.
    var waiting = document.querySelector('[data-reload-after]');
    if (waiting) {
        setTimeout(function () { location.reload(); }, parseInt(waiting.getAttribute('data-reload-after'), 10) || 2000);
    }

    // Bring the first marked piece of evidence into view.
    var mark = document.querySelector('[data-mark]');
    if (mark && !location.hash.match(/^#f\d+$/)) { mark.scrollIntoView({ block: 'center' }); }
})();
