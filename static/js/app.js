// Starts GOV.UK Frontend's components. Everything works without this file: it only adds polish.
import { initAll } from '../govuk/govuk-frontend.min.js';

initAll();
