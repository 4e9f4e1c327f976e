import * as z from 'zod';
import defaultData from '../../../models/validation/default.json' with { type: 'json' };
import publicationData from '../../../models/validation/publication.json' with { type: 'json' };
import { Id, Name, Text } from '../model/primitives.ts';
import { SeverityOverride } from '../model/validation-settings.ts';

/** A validation profile: every rule runs at its default severity unless the profile sets another one or 'off'. */
export const Profile = z.strictObject({
  id: Id,
  name: Name,
  description: Text.default(''),
  severities: z.record(Id, SeverityOverride).default({}),
});
export type Profile = z.infer<typeof Profile>;

/** The shipped profiles (models/validation/*.json), validated at load. The first is the default. */
export const profiles: readonly Profile[] = [Profile.parse(defaultData), Profile.parse(publicationData)];

/** The profile with an id, or undefined when Refmod ships none by that id. */
export function profileById(id: string): Profile | undefined {
  return profiles.find((p) => p.id === id);
}
