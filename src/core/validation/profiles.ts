import { globbed, shippedFiles } from '../method/manifest.ts';
import { ValidationProfile } from '../method/profile-schema.ts';

/** A validation profile: every rule runs at its default severity unless the profile sets another one or 'off'. */
export const Profile = ValidationProfile;
export type Profile = ValidationProfile;

/** The profiles models/manifest.json lists (models/validation/*.json), validated at load. The first is the default. */
export const profiles: readonly Profile[] = shippedFiles(
  'profiles',
  globbed(() => import.meta.glob('../../../models/validation/*.json', { eager: true, import: 'default' })),
).map(({ data }) => Profile.parse(data));

/** The profile with an id: the one the model's own method pack carries, else a shipped one; undefined when neither has it. */
export function profileById(id: string, doc?: { pack?: { profile?: Profile } }): Profile | undefined {
  const own = doc?.pack?.profile;
  return own && own.id === id ? own : profiles.find((p) => p.id === id);
}
