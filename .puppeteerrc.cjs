// Browsers come from the machine (Debian's chromium and firefox-esr), never from a download:
// `npm ci` must work on a closed network.
module.exports = { skipDownload: true };
