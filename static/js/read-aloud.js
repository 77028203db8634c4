// "Read this to me": reads the question, its hint and its answers aloud with the browser's own
// speech synthesis. The button is rendered `hidden`; it appears only where speech works, so
// without JavaScript (or speech) nobody sees a button that does nothing.
const speech = window.speechSynthesis;

function wordsIn(target) {
  // innerText leaves out pictures and hidden text, and keeps the reading order of the page.
  return (target.innerText || '').replace(/\s+/g, ' ').trim();
}

function speak(text) {
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = document.documentElement.lang === 'en' ? 'en-GB' : document.documentElement.lang;
  utterance.rate = 0.9;
  speech.speak(utterance);
}

if (speech && 'SpeechSynthesisUtterance' in window) {
  document.querySelectorAll('button[data-read-aloud]').forEach((button) => {
    const target = document.querySelector(button.dataset.readAloud);
    if (!target) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      if (speech.speaking) {
        speech.cancel();
        return;
      }
      speak(wordsIn(target));
    });
  });
}
