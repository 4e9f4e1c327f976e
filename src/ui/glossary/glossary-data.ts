import data from '../../../models/glossary.json' with { type: 'json' };
import { Glossary } from '../../core/model/glossary.ts';

/** The shipped concept glossary (models/glossary.json, checked by the model tests); this module is only ever loaded lazily. */
export const glossary: Glossary = Glossary.parse(data);
