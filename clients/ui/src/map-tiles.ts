/**
 * Where the clients' maps take their background from (Vite env, set where a bundle is built):
 * VITE_MAP_TILE_URL, an XYZ tile URL template such as https://tiles.example.org/{z}/{x}/{y}.png
 * (none: the maps draw their features without a background), and VITE_MAP_ATTRIBUTION, the
 * tile provider's required credit. The gateway's content security policy must allow the
 * tiles' origin as an image source.
 */
export const mapTiles = {
  url: (import.meta.env.VITE_MAP_TILE_URL as string | undefined) || undefined,
  attribution: (import.meta.env.VITE_MAP_ATTRIBUTION as string | undefined) || undefined,
};
