// The one web-platform global the pure core uses: WHATWG URL, which every runtime we target (browsers, Node) has
// though it is not part of ECMAScript. Only tsconfig.core.json includes this file; the others take URL from the DOM or
// Node types.
interface URLSearchParams {
  delete(name: string): void;
  forEach(callback: (value: string, name: string) => void): void;
  sort(): void;
}

interface URL {
  hash: string;
  readonly hostname: string;
  pathname: string;
  readonly protocol: string;
  readonly href: string;
  readonly searchParams: URLSearchParams;
}

declare var URL: { prototype: URL; new (url: string, base?: string): URL };
