import { del } from '../document';
import { ESTIMATE } from './family';

export const { description, execute } = del(ESTIMATE);
