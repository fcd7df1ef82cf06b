import { cancel } from '../document';
import { CONFIRMATION, HINTS } from './family';

export const { description, execute } = cancel(CONFIRMATION, HINTS.cancel);
