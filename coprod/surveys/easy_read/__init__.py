"""The easy-read checker: plain words, short sentences, a symbol beside each key sentence."""
