console.log('parallax background');
