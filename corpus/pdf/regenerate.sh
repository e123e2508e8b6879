#!/usr/bin/env bash
# Regenerates the corpus PDFs (committed, so tests need neither tool):
#   libreoffice/<name>.pdf  every corpus/docx/<name>.docx converted by LibreOffice
#   chromium/<name>.pdf     the reports chromium.list names, rendered to HTML and printed by headless Chromium
# Needs: libreoffice-writer-nogui, fonts-noto-cjk, chromium (Debian packages) and the .NET SDK.
set -euo pipefail
pdf_dir=$(cd "$(dirname "$0")" && pwd)
corpus=$(dirname "$pdf_dir")
for tool in soffice chromium dotnet; do
    command -v "$tool" >/dev/null || { echo "需要 $tool（见本脚本开头的软件包）" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "LibreOffice → $pdf_dir/libreoffice"
mkdir -p "$pdf_dir/libreoffice"
# A private profile: a desktop LibreOffice that is already running would otherwise take the job.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
    --outdir "$pdf_dir/libreoffice" "$corpus"/docx/*.docx >/dev/null

echo "Chromium → $pdf_dir/chromium"
mkdir -p "$pdf_dir/chromium"
dotnet run --project "$corpus/generator" -- --html "$corpus/sources" "$work/html" "$pdf_dir/chromium.list"
grep -v '^#' "$pdf_dir/chromium.list" | while read -r name _style page_furniture; do
    [ -n "$name" ] || continue
    options=(--headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$work/chromium")
    [ "$page_furniture" = "header-footer" ] || options+=(--no-pdf-header-footer)
    chromium "${options[@]}" --print-to-pdf="$pdf_dir/chromium/$name.pdf" "file://$work/html/$name.html" 2>/dev/null
    echo "  $name.pdf"
done
