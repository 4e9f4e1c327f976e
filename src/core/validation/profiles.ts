import { localised, type DataSource } from '../i18n/data.ts';
import { globbed, shippedFiles } from '../method/manifest.ts';
import { ValidationProfile } from '../method/profile-schema.ts';

/** A validation profile: every rule runs at its default severity unless the profile sets another one or 'off'. */
export const Profile = ValidationProfile;
export type Profile = ValidationProfile;

const shipped = shippedFiles(
  'profiles',
  globbed(() => import.meta.glob('../../../models/validation/*.json', { eager: true, import: 'default' })),
).map(({ path, data }) => ({ path, profile: Profile.parse(data) }));

/** The profiles models/manifest.json lists (models/validation/*.json), validated at load. The first is the default. */
export const profiles: readonly Profile[] = shipped.map((s) => s.profile);

/** A profile's name and description in the data's language: a shipped one is translated, a pack's own keeps its words. */
export function profileWords(profile: Profile): { name: string; description: string } {
  const source = shipped.find((s) => s.profile.id === profile.id);
  // A file without a translation (a profile added to the manifest later) comes back as it is.
  return source ? localised(source.path as DataSource, profile, source.profile) : profile;
}

/** The profile with an id: the one the model's own method pack carries, else a shipped one; undefined when neither has it. */
export function profileById(id: string, doc?: { pack?: { profile?: Profile } }): Profile | undefined {
  const own = doc?.pack?.profile;
  return own && own.id === id ? own : profiles.find((p) => p.id === id);
}
