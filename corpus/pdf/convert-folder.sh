#!/usr/bin/env bash
# Converts the Word reports of a corpus folder (<folder>/docx/*.docx) to <folder>/pdf/libreoffice/*.pdf, for
# `doccheck eval-corpus <folder> --pdf libreoffice`. Needs libreoffice-writer-nogui and fonts-noto-cjk.
# Usage: corpus/pdf/convert-folder.sh corpus/independent
set -euo pipefail
folder=${1:?用法：corpus/pdf/convert-folder.sh <语料目录>}
command -v soffice >/dev/null || { echo "需要 soffice（Debian 软件包 libreoffice-writer-nogui）" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$folder/pdf/libreoffice"
# A private profile: a desktop LibreOffice that is already running would otherwise take the job.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
    --outdir "$folder/pdf/libreoffice" "$folder"/docx/*.docx >/dev/null
echo "$(ls "$folder/pdf/libreoffice" | wc -l) 份 PDF → $folder/pdf/libreoffice"
