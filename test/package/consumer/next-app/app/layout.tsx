import type { ReactNode } from 'react';
import 'react-arcware-close/styles.css';

export const metadata = { title: 'react-arcware-close in the App Router' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
