import { unclear } from '../document';
import { CONFIRMATION, HINTS } from './family';

export const { description, execute } = unclear(CONFIRMATION, HINTS.unclear);
