import { cancel } from '../document';
import { ESTIMATE, HINTS } from './family';

export const { description, execute } = cancel(ESTIMATE, HINTS.cancel);
