import { AmigoApp } from '../components/amigo-app';

export default function Page() {
  return <AmigoApp />;
}
