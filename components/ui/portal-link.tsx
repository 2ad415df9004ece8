import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * A link between portal pages, never prefetched. Every portal page is dynamic (it reads the session) and has
 * no loading boundary, so a prefetch brings no page data, yet each costs a request through the proxy, the
 * session read and a render. Prefetched, the header's links alone sent 22 requests after every page a browser
 * opened, about 150 ms of server CPU against the page's own 7 ms (issue 17, decision 110). A click still
 * navigates in the client.
 */
export function PortalLink(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
