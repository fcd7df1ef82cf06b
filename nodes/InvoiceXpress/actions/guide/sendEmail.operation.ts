import { sendEmail as build } from '../document';
import { GUIDES } from './family';

export const { description, execute } = build(GUIDES);
