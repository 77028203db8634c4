// Re-theming progress: asks the server every two seconds and updates the live region, so a
// screen reader hears "1,200 of 4,000 comments re-themed". Without JavaScript the page has a
// Refresh link. Reloads once re-theming finishes (or stops), to show what to do next.
const region = document.getElementById('retheme-progress');

async function poll () {
  try {
    const response = await fetch(region.dataset.progressUrl, {
      headers: { Accept: 'application/json' }, credentials: 'same-origin'
    });
    if (!response.ok) return;
    const progress = await response.json();
    if (region.textContent.trim() !== progress.text) region.textContent = progress.text;
    if (progress.finished || !progress.running) {
      window.location.reload();
      return;
    }
  } catch (error) {
    return; // offline or signed out: the Refresh link still works
  }
  window.setTimeout(poll, 2000);
}

if (region && region.dataset.watch === 'true') {
  window.setTimeout(poll, 2000);
}
