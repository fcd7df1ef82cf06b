import { cancel } from '../document';
import { REMINDER, REMINDER_CANCEL_HINT } from './family';

export const { description, execute } = cancel(REMINDER, REMINDER_CANCEL_HINT);
