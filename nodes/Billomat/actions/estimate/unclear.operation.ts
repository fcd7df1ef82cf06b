import { unclear } from '../document';
import { ESTIMATE, HINTS } from './family';

export const { description, execute } = unclear(ESTIMATE, HINTS.unclear);
