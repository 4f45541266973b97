#!/usr/bin/env bash
# Debian packages the tests use: Dovecot (real IMAP/LMTP server), PostgreSQL (a private cluster per test run), Poppler and Tesseract (PDF text and
# OCR), Chromium (browser tests through playwright-core; never a downloaded browser), Arabic fonts,
# the Arabic Hunspell word list (PDF repair lexicon) and FreeDict English–Arabic (cross-lingual fallback).
# Idempotent: packages already present are skipped quickly.
set -euo pipefail
PACKAGES=(dovecot-imapd dovecot-lmtpd postgresql poppler-utils chromium fonts-noto-core tesseract-ocr tesseract-ocr-ara hunspell-ar dict-freedict-eng-ara)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages already installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
