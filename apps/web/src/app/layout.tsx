import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './global.css';

/**
 * Rendered per request, never prerendered: each response carries its own Content-Security-Policy nonce, which Next
 * can only put on its scripts while rendering.
 */
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Amigo — a calm voice companion',
  description: 'Talk things through with Amigo, a warm voice companion.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
