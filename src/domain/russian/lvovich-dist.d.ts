// lvovich's own minified build (dist/, UMD) has the API of its lib/ build, whose types it does not ship.
declare module 'lvovich/dist/lvovich.min.js' {
  export { getGender, inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
}
