import { lose } from '../document';
import { ESTIMATE, HINTS } from './family';

export const { description, execute } = lose(ESTIMATE, HINTS.lose);
